import { randomBytes } from 'node:crypto';
import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ERROR_CODES, type ImportResult, type ImportRowResult } from '@advising/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { AuditService } from '../audit/audit.service';
import { PasswordService } from '../auth/password.service';
import { lockStudents, StudentWritesService } from '../recommendations/student-writes.service';
import { ExamAttempt } from '../records/student-record.entities';
import { StudentProfile } from '../students/student-profile.entity';
import { StudentProfilesService } from '../students/student-profiles.service';
import { User } from '../users/user.entity';
import { isUniqueViolation } from './cohorts.service';
import { parseImportCsv, readCsvBody, type ImportedExam, type ImportedStudent, type ParsedRow } from './import-csv';

interface ExistingAccount {
  id: string;
  email: string;
  sameInstitution: boolean;
  role: string;
  hasProfile: boolean;
  cohortId: string | null;
}

/** What a valid row will do: a new account, a profile for an existing student account, or an update. */
type Planned =
  | { kind: 'create'; row: ImportRowResult; student: ImportedStudent }
  | { kind: 'profile'; row: ImportRowResult; student: ImportedStudent; userId: string }
  | { kind: 'update'; row: ImportRowResult; student: ImportedStudent; userId: string };

interface Plan {
  rows: ImportRowResult[];
  planned: Planned[];
  failed: number;
}

const sameExam = (a: ImportedExam, b: ImportedExam): boolean =>
  a.exam === b.exam && a.result === b.result && a.score === b.score && (a.date === null || b.date === null || a.date === b.date);

/**
 * CSV import of a cohort's students. Every row is validated (file, then database) before anything
 * is written; a real import writes all rows or none in one transaction, recomputing each
 * student's recommendation and auditing every write.
 */
@Injectable()
export class CohortImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly profiles: StudentProfilesService,
    private readonly writes: StudentWritesService,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
  ) {}

  async import(user: AuthUser, cohortId: string, body: unknown, dryRun: boolean): Promise<ImportResult> {
    const parsed = parseImportCsv(readCsvBody(body));
    if (dryRun) return this.result(await this.plan(this.db.manager, user, cohortId, parsed), true);
    try {
      return await this.writes.transaction(async (tx) => {
        const plan = await this.plan(tx, user, cohortId, parsed);
        if (plan.failed > 0) {
          const details = plan.rows.flatMap((r) => r.errors.map((e) => ({ field: `row:${r.row} col:${e.column}`, message: e.message })));
          throw new BadRequestException({
            code: ERROR_CODES.VALIDATION_FAILED,
            message: `${plan.failed} row(s) have errors; nothing was imported.`,
            details,
            result: this.result(plan, false),
          });
        }
        await this.write(tx, user, cohortId, plan.planned);
        await this.audit.record(tx, user, { action: 'cohort.imported', entity: 'cohort', entityId: cohortId });
        return this.result(plan, false);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictException({ code: ERROR_CODES.CONFLICT, message: 'Some of these accounts were created by someone else during the import; nothing was imported. Run it again.' });
      }
      throw error;
    }
  }

  private result(plan: Plan, dryRun: boolean): ImportResult {
    return {
      dryRun,
      rows: plan.rows,
      created: plan.planned.filter((p) => p.kind !== 'update').length,
      updated: plan.planned.filter((p) => p.kind === 'update').length,
      failed: plan.failed,
    };
  }

  /** Checks each row against the accounts that exist: one query for the whole file. */
  private async plan(manager: EntityManager, user: AuthUser, cohortId: string, parsed: ParsedRow[]): Promise<Plan> {
    const emails = [...new Set(parsed.map((p) => p.result.email).filter((e): e is string => Boolean(e)))];
    const found = emails.length
      ? await manager.query<ExistingAccount[]>(
          `SELECT u.id, u.email, u.institution_id = $2 AS "sameInstitution", u.role, sp.user_id IS NOT NULL AS "hasProfile", sp.cohort_id AS "cohortId"
             FROM users u LEFT JOIN student_profiles sp ON sp.user_id = u.id
            WHERE u.email = ANY($1::text[])`,
          [emails, user.institutionId],
        )
      : [];
    const byEmail = new Map(found.map((a) => [a.email, a]));
    const planned: Planned[] = [];
    const rows = parsed.map(({ result, student }): ImportRowResult => {
      const errors = [...result.errors];
      const account = result.email ? byEmail.get(result.email) : undefined;
      let plan: Planned | null = null;
      if (account && (!account.sameInstitution || account.role !== 'STUDENT')) {
        // Emails are unique across the deployment: say it is taken, never by whom.
        errors.push({ column: 'email', message: 'is already used by another account that is not a student of your institution' });
      } else if (account && account.hasProfile && account.cohortId === cohortId) {
        if (student) plan = { kind: 'update', row: result, student, userId: account.id };
      } else if (account && user.role !== 'ADMIN') {
        errors.push({ column: 'email', message: 'belongs to a student outside this cohort; an admin can move them into it' });
      } else if (account) {
        if (student) plan = account.hasProfile ? { kind: 'update', row: result, student, userId: account.id } : { kind: 'profile', row: result, student, userId: account.id };
      } else if (student) {
        plan = { kind: 'create', row: result, student };
      }
      if (plan && errors.length === 0) planned.push(plan);
      return { ...result, ok: errors.length === 0, errors };
    });
    return { rows, planned, failed: rows.filter((r) => !r.ok).length };
  }

  private async write(tx: EntityManager, user: AuthUser, cohortId: string, planned: Planned[]): Promise<void> {
    const creates = planned.filter((p): p is Extract<Planned, { kind: 'create' }> => p.kind === 'create');
    const newIds = new Map<Planned, string>();
    if (creates.length) {
      // No usable password: the secret is random and forgotten at once; an admin sets a real one.
      const unusable = await this.passwords.hash(randomBytes(32).toString('base64url'));
      const inserted = await tx.getRepository(User).insert(
        creates.map((c) => ({ institutionId: user.institutionId, email: c.student.email, displayName: c.student.displayName, role: 'STUDENT' as const, passwordHash: unusable, active: true })),
      );
      creates.forEach((c, i) => newIds.set(c, String((inserted.identifiers[i] as { id: string }).id)));
    }

    const updates = planned.filter((p): p is Extract<Planned, { kind: 'update' }> => p.kind === 'update');
    // Existing students are locked first, in one order, like every other write to their facts.
    await lockStudents(tx, user.institutionId, updates.map((u) => u.userId));
    const existingExams = updates.length
      ? await tx.getRepository(ExamAttempt).find({ where: updates.map((u) => ({ studentId: u.userId, institutionId: user.institutionId })) })
      : [];

    for (const p of planned) {
      const studentId = p.kind === 'create' ? (newIds.get(p) as string) : p.userId;
      if (p.kind === 'update') {
        await tx.getRepository(StudentProfile).update({ userId: studentId, institutionId: user.institutionId }, { ...p.student.profile, cohortId, version: () => 'version + 1' });
      } else {
        await this.profiles.insert(tx, user, studentId, cohortId, p.student.profile);
      }
      const known: ImportedExam[] = existingExams.filter((e) => e.studentId === studentId).map((e) => ({ exam: e.exam, result: e.result, score: e.score, date: e.date }));
      const missing = p.student.exams.filter((exam) => !known.some((k) => sameExam(k, exam)));
      if (missing.length) {
        const saved = await tx.getRepository(ExamAttempt).insert(missing.map((e) => ({ ...e, institutionId: user.institutionId, studentId })));
        for (const identifier of saved.identifiers) {
          await this.audit.record(tx, user, { action: 'exam.imported', studentId, entity: 'exam', entityId: String((identifier as { id: string }).id) });
        }
      }
      // Once per student, with all of the row written: one recomputation, one snapshot at most.
      await this.writes.settle(tx, user, studentId, { action: 'profile.imported', entity: 'profile', entityId: studentId });
    }
  }
}
