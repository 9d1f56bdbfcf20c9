import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StudentListItem } from '@advising/contracts';
import { stringify } from 'csv-stringify/sync';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { AuditService } from '../audit/audit.service';
import { Cohort } from './cohort.entity';
import { recordForStudents } from './cohort-access';
import { toStudentListItem } from './cohort.mappers';
import { StudentListService } from './student-list.service';

/** Columns of the export, matching StudentListItem; flags joined by `;`. */
export const EXPORT_COLUMNS: readonly { header: string; value: (s: StudentListItem) => string | number | null }[] = [
  { header: 'id', value: (s) => s.id },
  { header: 'displayName', value: (s) => s.displayName },
  { header: 'email', value: (s) => s.email },
  { header: 'applicantType', value: (s) => s.applicantType },
  { header: 'target', value: (s) => s.target },
  { header: 'step2ck', value: (s) => s.step2ck },
  { header: 'bandIR', value: (s) => s.bandIR },
  { header: 'bandDR', value: (s) => s.bandDR },
  { header: 'pathway', value: (s) => s.pathway },
  { header: 'overridePathway', value: (s) => s.overridePathway },
  { header: 'pathwayMonthAgo', value: (s) => s.pathwayMonthAgo },
  { header: 'lettersSecured', value: (s) => s.lettersSecured },
  { header: 'lettersNeeded', value: (s) => s.lettersNeeded },
  { header: 'lettersAtRisk', value: (s) => s.lettersAtRisk },
  { header: 'rotationsCompleted', value: (s) => s.rotationsCompleted },
  { header: 'rotationsTotal', value: (s) => s.rotationsTotal },
  { header: 'criticalFlags', value: (s) => s.criticalFlags },
  { header: 'flags', value: (s) => s.flags.join(';') },
];

/**
 * A cell a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return
 * that some tools strip first) is prefixed with a quote, so it is shown as text.
 */
export function neutraliseFormula(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function studentsToCsv(items: StudentListItem[]): string {
  return stringify([EXPORT_COLUMNS.map((c) => c.header), ...items.map((item) => EXPORT_COLUMNS.map((c) => neutraliseFormula(c.value(item))))], { record_delimiter: 'windows' });
}

/** A file name safe in a Content-Disposition header. */
export function exportFileName(cohortName: string): string {
  const slug = cohortName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `cohort-${slug || 'students'}.csv`;
}

@Injectable()
export class CohortExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly students: StudentListService,
    private readonly audit: AuditService,
  ) {}

  /** The cohort's student table as CSV; every student exported is audited, in one statement. */
  async export(user: AuthUser, cohortId: string): Promise<{ fileName: string; csv: string }> {
    const cohort = await this.db.getRepository(Cohort).findOneBy({ id: cohortId, institutionId: user.institutionId });
    if (!cohort) throw new NotFoundException({ message: 'Cohort not found.' });
    const rows = await this.students.cohortRows(this.db.manager, user, cohortId, 'cohorts.export');
    await this.db.transaction(async (tx) => {
      await this.audit.record(tx, user, { action: 'cohort.exported', entity: 'cohort', entityId: cohortId });
      await recordForStudents(tx, user, rows.map((r) => r.id), 'student.exported', 'cohort', cohortId);
    });
    return { fileName: exportFileName(cohort.name), csv: studentsToCsv(rows.map(toStudentListItem)) };
  }
}
