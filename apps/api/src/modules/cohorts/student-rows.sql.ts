import { ATTENTION_HORIZON_WEEKS, LETTER_AT_RISK_DAYS, type Scope } from '@advising/contracts';
import type { ApplicantType, Band, Pathway, Target } from '@advising/strategy-rules';
import { studentScopeSql } from '../../common/access/scope.service';

/**
 * Positional parameters for hand-written SQL. `$1` is always the caller (the scope conditions
 * of `studentScopeSql` read it) and `$2` the caller's institution.
 */
export class SqlParams {
  readonly values: unknown[];

  constructor(callerId: string, institutionId: string) {
    this.values = [callerId, institutionId];
  }

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Students of the caller's institution within the caller's scope (aliases: `sp` the profile). */
export function scopedStudentsWhere(scope: Scope): string {
  return `sp.institution_id = $2 AND ${studentScopeSql(scope)}`;
}

/**
 * The day applications open in a cycle (the first Wednesday of June), in SQL: the same date as the
 * rules library's calendar (`cycleCalendar(cycle).seasonOpens`; a spec checks they agree).
 */
export function seasonOpensSql(cycle: string): string {
  return `(make_date(${cycle}, 6, 1) + ((3 - extract(dow FROM make_date(${cycle}, 6, 1))::int + 7) % 7))`;
}

/**
 * Letters the plan still misses, counted only while they matter: from ATTENTION_HORIZON_WEEKS
 * before applications open until the submission window closes (30 September). `snapshot` is the
 * alias of the latest snapshot (letters_needed, letters_secured, application_cycle).
 */
export function missingLettersWatchedSql(snapshot: string): string {
  const today = `(now() AT TIME ZONE 'UTC')::date`;
  return `(CASE WHEN ${snapshot}.application_cycle IS NOT NULL
                 AND ${today} >= ${seasonOpensSql(`${snapshot}.application_cycle`)} - ${ATTENTION_HORIZON_WEEKS * 7}
                 AND ${today} <= make_date(${snapshot}.application_cycle, 9, 30)
               THEN GREATEST(${snapshot}.letters_needed - ${snapshot}.letters_secured, 0) ELSE 0 END)`;
}

/** Letters that are neither submitted nor declined and due within LETTER_AT_RISK_DAYS days, or overdue. */
export const LETTER_AT_RISK_SQL = `lr.status IN ('REQUESTED', 'COMMITTED') AND lr.due_date IS NOT NULL AND lr.due_date <= (now() AT TIME ZONE 'UTC')::date + ${LETTER_AT_RISK_DAYS}`;

/**
 * One row per student matching `where`, everything the cohort table shows, in ONE statement
 * whatever the number of students: the latest snapshot (and the latest one at least 30 days old)
 * through LATERAL joins on (student_id, computed_at DESC), the active override, the best passing
 * Step 2 CK, rotation counts, letters at risk and whether the pathway went down in the last 30 days.
 *
 * Letters at risk: committed letters due within 14 days or overdue, plus the letters the plan
 * still misses while the season is near (see missingLettersWatchedSql).
 */
export function studentRowsSql(where: string): string {
  return `
    SELECT sp.user_id AS id,
           u.display_name AS "displayName",
           u.email,
           sp.cohort_id AS "cohortId",
           sp.applicant_type AS "applicantType",
           sp.target,
           x.step2ck,
           s.band_ir AS "bandIR",
           s.band_dr AS "bandDR",
           s.pathway,
           s.pathway_rank AS "pathwayRank",
           o.pathway AS "overridePathway",
           CASE WHEN m.pathway <> s.pathway THEN m.pathway END AS "pathwayMonthAgo",
           s.letters_secured AS "lettersSecured",
           s.letters_needed AS "lettersNeeded",
           r.completed AS "rotationsCompleted",
           r.total AS "rotationsTotal",
           s.flags,
           s.critical_flags AS "criticalFlags",
           s.critical_codes AS "criticalCodes",
           (l.committed_due_soon + ${missingLettersWatchedSql('s')})::int AS "lettersAtRisk",
           l.due_soon AS "lettersDueSoon",
           s.computed_at AS "changedAt",
           d.downgraded AS "recentDowngrade",
           s.critical_list AS "criticalList",
           s.deadlines,
           s.application_cycle AS "applicationCycle",
           l.committed_due_soon AS "commitmentsDueSoon",
           l.committed_overdue AS "commitmentsOverdue",
           m.flags AS "flagsMonthAgo",
           d.downgraded_at AS "downgradedAt",
           k.follow_up_on AS "ackFollowUpOn",
           k.created_at AS "ackAt",
           k.items AS "ackItems"
      FROM student_profiles sp
      JOIN users u ON u.id = sp.user_id
      JOIN LATERAL (
        SELECT rs.pathway, rs.pathway_rank, rs.band_ir, rs.band_dr, rs.flags, rs.critical_flags, rs.letters_secured, rs.letters_needed, rs.computed_at,
               ARRAY(SELECT f->>'code' FROM jsonb_array_elements(rs.recommendation->'flags') f WHERE f->>'severity' = 'CRITICAL') AS critical_codes,
               COALESCE((SELECT jsonb_agg(jsonb_build_object('code', f->>'code', 'message', f->>'message'))
                           FROM jsonb_array_elements(rs.recommendation->'flags') f WHERE f->>'severity' = 'CRITICAL'), '[]'::jsonb) AS critical_list,
               COALESCE((SELECT jsonb_agg(jsonb_build_object('code', a->>'code', 'message', a->>'message', 'dueBy', a->>'dueBy'))
                           FROM jsonb_array_elements(rs.recommendation->'actions') a WHERE (a->>'priority')::int = 1 AND a->>'dueBy' IS NOT NULL), '[]'::jsonb) AS deadlines,
               (rs.recommendation->>'applicationCycle')::int AS application_cycle
          FROM recommendation_snapshots rs
         WHERE rs.student_id = sp.user_id
         ORDER BY rs.computed_at DESC, rs.id DESC
         LIMIT 1
      ) s ON true
      LEFT JOIN LATERAL (
        SELECT rs.pathway, rs.flags FROM recommendation_snapshots rs
         WHERE rs.student_id = sp.user_id AND rs.computed_at <= now() - interval '30 days'
         ORDER BY rs.computed_at DESC, rs.id DESC
         LIMIT 1
      ) m ON true
      LEFT JOIN LATERAL (
        SELECT ao.pathway FROM advisor_overrides ao
         WHERE ao.student_id = sp.user_id
         ORDER BY ao.created_at DESC, ao.id DESC
         LIMIT 1
      ) o ON true
      CROSS JOIN LATERAL (
        SELECT max(e.score) FILTER (WHERE e.exam = 'STEP2CK' AND e.result = 'PASS')::int AS step2ck FROM exam_attempts e WHERE e.student_id = sp.user_id
      ) x
      CROSS JOIN LATERAL (
        SELECT (count(*) FILTER (WHERE ro.status = 'COMPLETED'))::int AS completed, count(*)::int AS total FROM rotations ro WHERE ro.student_id = sp.user_id
      ) r
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS due_soon,
               (count(*) FILTER (WHERE lr.status = 'COMMITTED'))::int AS committed_due_soon,
               (count(*) FILTER (WHERE lr.status = 'COMMITTED' AND lr.due_date < (now() AT TIME ZONE 'UTC')::date))::int AS committed_overdue
          FROM letter_requests lr WHERE lr.student_id = sp.user_id AND ${LETTER_AT_RISK_SQL}
      ) l
      LEFT JOIN LATERAL (
        SELECT aa.follow_up_on, aa.created_at, aa.items FROM attention_acknowledgements aa
         WHERE aa.student_id = sp.user_id
         ORDER BY aa.created_at DESC, aa.id DESC
         LIMIT 1
      ) k ON true
      CROSS JOIN LATERAL (
        SELECT max(rs.computed_at) IS NOT NULL AS downgraded, to_char(max(rs.computed_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS downgraded_at
          FROM recommendation_snapshots rs
         WHERE rs.student_id = sp.user_id AND rs.computed_at >= now() - interval '30 days' AND rs.pathway_rank < rs.previous_pathway_rank
      ) d
     WHERE ${where}`;
}


/** The band on the scale of the student's own target: the DR band for DR-target students, else the IR band. */
export const TARGET_BAND_SQL = `(CASE WHEN target = 'DR' THEN "bandDR" ELSE "bandIR" END)`;

/** A row of studentRowsSql as the driver returns it. */
export interface StudentRow {
  id: string;
  displayName: string;
  email: string;
  cohortId: string | null;
  applicantType: ApplicantType;
  target: Target;
  step2ck: number | null;
  bandIR: Band;
  bandDR: Band;
  pathway: Pathway;
  pathwayRank: number;
  overridePathway: Pathway | null;
  pathwayMonthAgo: Pathway | null;
  lettersSecured: number;
  lettersNeeded: number;
  rotationsCompleted: number;
  rotationsTotal: number;
  flags: string[];
  criticalFlags: number;
  criticalCodes: string[];
  lettersAtRisk: number;
  lettersDueSoon: number;
  changedAt: Date;
  recentDowngrade: boolean;
  /** The latest recommendation's critical flags. */
  criticalList: { code: string; message: string }[];
  /** The latest recommendation's first-priority actions that have a date. */
  deadlines: { code: string; message: string; dueBy: string }[];
  applicationCycle: number | null;
  /** Committed letters not yet submitted that are due within LETTER_AT_RISK_DAYS days or overdue. */
  commitmentsDueSoon: number;
  /** Of those, the ones past their due date. */
  commitmentsOverdue: number;
  /** The flags of the latest snapshot at least 30 days old; null when the record is younger than that. */
  flagsMonthAgo: string[] | null;
  downgradedAt: string | null;
  ackFollowUpOn: string | null;
  ackAt: Date | null;
  ackItems: { key: string }[] | null;
}
