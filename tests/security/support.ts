import type { DataSource } from 'typeorm';
import type { Role } from '@advising/contracts';
import { auth, createAdvisingWorld, signInAll, type AdvisingWorld, type TestApp } from '../../apps/api/test/test-app';

/** Tables whose contents a refused request must leave exactly as they were. */
export const RECORD_TABLES = [
  'institutions',
  'users',
  'cohorts',
  'cohort_advisors',
  'student_profiles',
  'exam_attempts',
  'rotations',
  'research_items',
  'letter_requests',
  'recommendation_snapshots',
  'advisor_overrides',
  'advisor_notes',
  'audit_events',
  'attention_acknowledgements',
  'bulk_jobs',
] as const;

/** One digest of every row of the record tables. */
export async function snapshot(db: DataSource): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of RECORD_TABLES) {
    const [row] = await db.query<{ digest: string | null }[]>(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM ${table} t`);
    out[table] = row?.digest ?? '';
  }
  return out;
}

/** An advising world with one record of each kind made through the API, and the ids and versions to address them. */
export interface RecordWorld extends AdvisingWorld {
  tokens: Record<Role, string>;
  studentId: string;
  examId: string;
  rotationId: string;
  researchId: string;
  letterId: string;
}

export async function createRecordWorld(t: TestApp, label: string): Promise<RecordWorld> {
  const world = await createAdvisingWorld(t, label);
  const tokens = await signInAll(t, world);
  const studentId = world.users.STUDENT.id;
  const post = async (url: string, payload: Record<string, unknown>): Promise<string> => {
    const res = await t.inject({ method: 'POST', url, payload, headers: auth(tokens.ADVISOR) });
    if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json<{ id: string }>().id;
  };
  const examId = await post(`/api/students/${studentId}/exams`, { exam: 'STEP2CK', result: 'PASS', score: 241, date: '2026-06-01' });
  const rotationId = await post(`/api/students/${studentId}/rotations`, { specialty: 'IR', setting: 'HOME', siteName: 'Home Hospital', weeks: 4, status: 'COMPLETED', outcome: 'HONORS' });
  const researchId = await post(`/api/students/${studentId}/research`, { field: 'IR', kind: 'ABSTRACT', status: 'PUBLISHED', title: 'Embolization outcomes' });
  const letterId = await post(`/api/students/${studentId}/letters`, { mentorId: world.users.MENTOR.id, writerSpecialty: 'IR', dueDate: '2026-08-01' });
  return { ...world, tokens, studentId, examId, rotationId, researchId, letterId };
}
