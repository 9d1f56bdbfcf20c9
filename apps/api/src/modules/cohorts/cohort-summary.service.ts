import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CohortSummary } from '@advising/contracts';
import type { LetterStatus, RotationOutcome } from '@advising/strategy-rules';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { AuditService } from '../audit/audit.service';
import { todayUtc } from '../../common/dates';
import { needsAttention } from './attention';
import { scopeOf } from './cohort-access';
import { StudentListService } from './student-list.service';
import { scopedStudentsWhere, SqlParams } from './student-rows.sql';

interface Aggregates {
  letters: Partial<Record<LetterStatus, number>>;
  rotations: Partial<Record<RotationOutcome | 'PENDING', number>>;
  rotationsCompleted: number;
  rotationsTotal: number;
  changes: { up30: number; down30: number; up90: number; down90: number };
}

const increment = <K extends string>(counts: Partial<Record<K, number>>, key: K): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * A cohort at a glance. Two statements whatever the cohort's size: the students' rows (latest
 * snapshot, letters at risk, recent downgrade) and one aggregate over letters, rotations and the
 * pathway changes of the last 90 days; then the audit event.
 */
@Injectable()
export class CohortSummaryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly students: StudentListService,
    private readonly audit: AuditService,
  ) {}

  async summary(user: AuthUser, cohortId: string): Promise<CohortSummary> {
    const [rows, aggregates] = await Promise.all([this.students.cohortRows(this.db.manager, user, cohortId, 'cohorts.summary'), this.aggregates(user, cohortId)]);
    const summary: CohortSummary = {
      cohortId,
      students: rows.length,
      byPathway: {},
      byBandIR: {},
      byBandDR: {},
      byFlag: {},
      letters: { byStatus: aggregates.letters, secured: 0, needed: 0, atRisk: 0 },
      rotations: { byOutcome: aggregates.rotations, completed: aggregates.rotationsCompleted, total: aggregates.rotationsTotal },
      pathwayChanges: {
        last30: { upgrades: aggregates.changes.up30, downgrades: aggregates.changes.down30 },
        last90: { upgrades: aggregates.changes.up90, downgrades: aggregates.changes.down90 },
      },
      needsAttention: [],
      acknowledged: 0,
    };
    const today = todayUtc();
    for (const row of rows) {
      increment(summary.byPathway, row.pathway);
      increment(summary.byBandIR, row.bandIR);
      increment(summary.byBandDR, row.bandDR);
      for (const flag of new Set(row.flags)) summary.byFlag[flag] = (summary.byFlag[flag] ?? 0) + 1;
      summary.letters.secured += row.lettersSecured;
      summary.letters.needed += row.lettersNeeded;
      summary.letters.atRisk += row.lettersAtRisk;
      const entry = needsAttention(row, today);
      if (entry === 'acknowledged') summary.acknowledged += 1;
      else if (entry) summary.needsAttention.push(entry);
    }
    // Most urgent first: students with an item to act on now, then by the earliest date, then by name.
    summary.needsAttention.sort(
      (a, b) =>
        (a.severity === b.severity ? 0 : a.severity === 'CRITICAL' ? -1 : 1) ||
        (a.items.find((i) => i.date)?.date ?? '9999').localeCompare(b.items.find((i) => i.date)?.date ?? '9999') ||
        a.displayName.localeCompare(b.displayName, 'en', { sensitivity: 'base' }),
    );
    await this.audit.record(this.db.manager, user, { action: 'cohort.summary.read', entity: 'cohort', entityId: cohortId });
    return summary;
  }

  private async aggregates(user: AuthUser, cohortId: string): Promise<Aggregates> {
    const params = new SqlParams(user.id, user.institutionId);
    const students = `SELECT sp.user_id FROM student_profiles sp WHERE ${scopedStudentsWhere(scopeOf(user, 'cohorts.summary'))} AND sp.cohort_id = ${params.add(cohortId)}`;
    const [row] = await this.db.query<Aggregates[]>(
      `WITH students AS (${students})
       SELECT
         (SELECT COALESCE(json_object_agg(status, n), '{}'::json) FROM (
            SELECT lr.status, count(*)::int AS n FROM letter_requests lr WHERE lr.student_id IN (SELECT user_id FROM students) GROUP BY lr.status) t) AS letters,
         (SELECT COALESCE(json_object_agg(outcome, n), '{}'::json) FROM (
            SELECT CASE WHEN ro.status = 'COMPLETED' AND ro.outcome IS NOT NULL THEN ro.outcome ELSE 'PENDING' END AS outcome, count(*)::int AS n
              FROM rotations ro WHERE ro.student_id IN (SELECT user_id FROM students) GROUP BY 1) t) AS rotations,
         (SELECT count(*)::int FROM rotations ro WHERE ro.student_id IN (SELECT user_id FROM students) AND ro.status = 'COMPLETED') AS "rotationsCompleted",
         (SELECT count(*)::int FROM rotations ro WHERE ro.student_id IN (SELECT user_id FROM students)) AS "rotationsTotal",
         (SELECT json_build_object(
                   'up30', count(*) FILTER (WHERE up AND recent), 'down30', count(*) FILTER (WHERE down AND recent),
                   'up90', count(*) FILTER (WHERE up), 'down90', count(*) FILTER (WHERE down))
            FROM (SELECT rs.pathway_rank > rs.previous_pathway_rank AS up, rs.pathway_rank < rs.previous_pathway_rank AS down,
                         rs.computed_at >= now() - interval '30 days' AS recent
                    FROM recommendation_snapshots rs
                   WHERE rs.student_id IN (SELECT user_id FROM students) AND rs.previous_pathway_rank IS NOT NULL
                     AND rs.computed_at >= now() - interval '90 days') c) AS changes`,
      params.values,
    );
    return row ?? { letters: {}, rotations: {}, rotationsCompleted: 0, rotationsTotal: 0, changes: { up30: 0, down30: 0, up90: 0, down90: 0 } };
  }
}

