import { diffRecommendations, recommend, type Recommendation } from '../../../libs/strategy-rules/src/index';
import { type StudentFacts, toApplicantProfile } from '../../../apps/api/src/modules/recommendations/profile-mapper';
import type { Ledger, Student } from './load';
import { withClient } from './processes';

export interface DatabaseFigures {
  records: number;
  auditEvents: number;
  snapshots: number;
}

const CREATE_ACTION: Record<string, string> = { research: 'research.created', rotation: 'rotation.created', letter: 'letter.requested' };

/**
 * After a case, with the database up: every acknowledged write is there, nothing is half-written
 * (each record has its audit events and each audit event its record), no record sits under the
 * wrong student, and each student's latest recommendation snapshot is what the rules give for
 * the stored facts (re-running the recommendation would not change it).
 */
export async function verifyDatabase(url: string, students: Student[], ledgers: Map<string, Ledger>): Promise<{ violations: string[]; figures: DatabaseFigures }> {
  const violations: string[] = [];
  const ids = students.map((s) => s.id);
  const markerOf = new Map(students.map((s) => [s.id, s.marker]));
  return withClient(url, async (db) => {
    const records = (
      await db.query<{ kind: string; id: string; student_id: string; label: string; version: number }>(
        `SELECT 'research' AS kind, id, student_id, title AS label, version FROM research_items WHERE student_id = ANY($1::uuid[])
         UNION ALL SELECT 'rotation', id, student_id, site_name, version FROM rotations WHERE student_id = ANY($1::uuid[])
         UNION ALL SELECT 'letter', id, student_id, writer_name, version FROM letter_requests WHERE student_id = ANY($1::uuid[])`,
        [ids],
      )
    ).rows;
    const audit = (
      await db.query<{ action: string; student_id: string; entity: string; entity_id: string }>(
        `SELECT action, student_id, entity, entity_id FROM audit_events WHERE student_id = ANY($1::uuid[]) AND entity IN ('research', 'rotation', 'letter')`,
        [ids],
      )
    ).rows;
    const byId = new Map(records.map((r) => [r.id, r]));

    // 1. Acknowledged writes are all there, as acknowledged.
    for (const [studentId, ledger] of ledgers) {
      for (const [id, what] of ledger.created) {
        const row = byId.get(id);
        if (!row) violations.push(`lost: acknowledged ${what.kind} "${what.label}" (${id}) is not in the database`);
        else if (row.student_id !== studentId) violations.push(`wrong student: ${what.kind} ${id} acknowledged for ${studentId} is stored under ${row.student_id}`);
        else if (what.kind !== 'research' && row.label !== what.label) violations.push(`changed: ${what.kind} ${id} stored as "${row.label}", acknowledged as "${what.label}"`);
      }
      for (const [id, change] of ledger.updated) {
        const row = byId.get(id);
        if (!row) continue; // already reported above
        if (row.version < change.version) violations.push(`lost: change of research ${id} to version ${change.version} acknowledged, database has version ${row.version}`);
        else if (row.version === change.version && row.label !== change.title) violations.push(`lost: research ${id} version ${row.version} acknowledged as "${change.title}", stored as "${row.label}"`);
      }
    }

    // 2. Nothing half-written: each record has exactly its audit events, each audit event its record.
    const events = new Map<string, { created: number; updated: number; student: string }>();
    for (const e of audit) {
      const key = e.entity_id;
      const entry = events.get(key) ?? { created: 0, updated: 0, student: e.student_id };
      if (e.action === CREATE_ACTION[e.entity]) entry.created += 1;
      else if (e.action === `${e.entity}.updated`) entry.updated += 1;
      events.set(key, entry);
      const row = byId.get(key);
      if (!row) violations.push(`half-written: audit event ${e.action} for ${e.entity} ${key} without the record`);
      else if (row.student_id !== e.student_id) violations.push(`half-written: audit event ${e.action} of ${key} names student ${e.student_id}, the record is ${row.student_id}'s`);
    }
    for (const row of records) {
      const marker = markerOf.get(row.student_id) ?? '?';
      if (!row.label.startsWith(marker + ' ')) violations.push(`wrong student: ${row.kind} "${row.label}" stored under ${row.student_id} (${marker})`);
      const e = events.get(row.id);
      if (!e || e.created !== 1) violations.push(`half-written: ${row.kind} ${row.id} has ${e?.created ?? 0} creation audit events (expected 1)`);
      if ((e?.updated ?? 0) !== row.version - 1) violations.push(`half-written: ${row.kind} ${row.id} is at version ${row.version} with ${e?.updated ?? 0} change audit events (expected ${row.version - 1})`);
    }

    // 3. Snapshots consistent: the latest one per student is what the rules give for the stored facts.
    let snapshots = 0;
    for (const student of students) {
      const verdict = await snapshotVerdict(db, student.id);
      snapshots += verdict.count;
      if (verdict.problem) violations.push(`snapshot: ${student.marker} ${verdict.problem}`);
    }
    return { violations, figures: { records: records.length, auditEvents: audit.length, snapshots } };
  });
}

type Queryable = { query<R extends object>(sql: string, params?: unknown[]): Promise<{ rows: R[] }> };

async function snapshotVerdict(db: Queryable, studentId: string): Promise<{ count: number; problem: string | null }> {
  const snaps = (
    await db.query<{ recommendation: Recommendation; computed_at: Date; n: string }>(
      `SELECT recommendation, computed_at, count(*) OVER () AS n FROM recommendation_snapshots WHERE student_id = $1 ORDER BY computed_at DESC, id DESC LIMIT 1`,
      [studentId],
    )
  ).rows;
  if (snaps.length === 0) return { count: 0, problem: 'has no recommendation snapshot' };
  const latest = snaps[0];
  const [profile] = (
    await db.query<Record<string, unknown>>(
      `SELECT applicant_type AS "applicantType", target, graduation_year AS "graduationYear", application_year AS "applicationYear", needs_visa AS "needsVisa",
              home_program_has_ir AS "homeProgramHasIR", previous_applications AS "previousApplications", updated_at AS "updatedAt"
       FROM student_profiles WHERE user_id = $1`,
      [studentId],
    )
  ).rows;
  const exams = (await db.query(`SELECT exam, result, score, taken_on::text AS date FROM exam_attempts WHERE student_id = $1 ORDER BY created_at, id`, [studentId])).rows;
  const rotations = (
    await db.query(`SELECT specialty, setting, in_us AS "inUS", weeks, status, outcome FROM rotations WHERE student_id = $1 ORDER BY created_at, id`, [studentId])
  ).rows;
  const research = (await db.query(`SELECT field, kind, status FROM research_items WHERE student_id = $1 ORDER BY created_at, id`, [studentId])).rows;
  const letters = (
    await db.query(`SELECT writer_specialty AS "writerSpecialty", writer_in_us AS "writerInUS", status FROM letter_requests WHERE student_id = $1 ORDER BY requested_at, id`, [
      studentId,
    ])
  ).rows;
  // The day of the last write to the student's facts: the recomputation ran as of that day.
  const [last] = (
    await db.query<{ at: Date | null }>(`SELECT max(at) AS at FROM audit_events WHERE student_id = $1 AND action NOT LIKE '%.read'`, [studentId])
  ).rows;
  const lastWrite = last?.at ?? new Date();
  const facts = { profile, exams, rotations, research, letters } as unknown as StudentFacts;
  const days = [lastWrite, new Date(lastWrite.getTime() + 60_000)].map((d) => d.toISOString().slice(0, 10));
  for (const asOf of new Set(days)) {
    const again = recommend(toApplicantProfile(facts), { asOf });
    if (diffRecommendations(latest.recommendation, again).length === 0) return { count: Number(latest.n), problem: null };
  }
  const again = recommend(toApplicantProfile(facts), { asOf: days[0] });
  const changes = diffRecommendations(latest.recommendation, again);
  return {
    count: Number(latest.n),
    problem: `latest snapshot (${latest.computed_at.toISOString()}) differs from the rules on the stored facts: ${changes.map((c) => JSON.stringify(c)).join('; ').slice(0, 300)}`,
  };
}

/** Two processes prepared one empty database together: migrations applied once, demo data loaded once. */
export async function verifySingleSetup(url: string): Promise<string[]> {
  return withClient(url, async (db) => {
    const problems: string[] = [];
    const migrations = (await db.query<{ name: string; n: string }>(`SELECT name, count(*) AS n FROM schema_migrations GROUP BY name`)).rows;
    for (const m of migrations) if (Number(m.n) !== 1) problems.push(`migration ${m.name} recorded ${m.n} times`);
    if (migrations.length === 0) problems.push('no migrations recorded');
    const [institutions] = (await db.query<{ n: string }>(`SELECT count(*) AS n FROM institutions WHERE slug = 'demo-med'`)).rows;
    if (Number(institutions.n) !== 1) problems.push(`demo institution loaded ${institutions.n} times`);
    const [admins] = (await db.query<{ n: string }>(`SELECT count(*) AS n FROM users WHERE email = 'admin@demo-med.edu'`)).rows;
    if (Number(admins.n) !== 1) problems.push(`demo admin created ${admins.n} times`);
    return problems;
  });
}
