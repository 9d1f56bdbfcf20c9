import { randomBytes } from 'node:crypto';
import type { ApplicantType, LetterStatus, Specialty, Target } from '@advising/strategy-rules';
import type { TestApp } from './test-app';
import { LetterRequest } from '../src/modules/letters/letter-request.entity';
import { RecomputeService } from '../src/modules/recommendations/recompute.service';
import { StudentWritesService } from '../src/modules/recommendations/student-writes.service';
import { StudentProfilesService } from '../src/modules/students/student-profiles.service';
import { User } from '../src/modules/users/user.entity';

/** Test support for the cohort specs: students and facts built through the services, so snapshots are real. */
export interface StudentSpec {
  displayName: string;
  applicantType?: ApplicantType;
  target?: Target;
  graduationYear?: number;
  cohortId: string | null;
}

export async function addStudent(t: TestApp, actor: { id: string; institutionId: string }, spec: StudentSpec): Promise<User> {
  const user = await t.db.getRepository(User).save({
    institutionId: actor.institutionId,
    role: 'STUDENT',
    email: `${spec.displayName.toLowerCase().replace(/[^a-z]+/g, '.')}-${randomBytes(3).toString('hex')}@test.edu`,
    displayName: spec.displayName,
    passwordHash: 'not-a-password',
    active: true,
  });
  await t.app.get(StudentWritesService).transaction((tx) =>
    t.app.get(StudentProfilesService).create(tx, actor, user.id, spec.cohortId, {
      applicantType: spec.applicantType ?? 'US_MD',
      target: spec.target ?? 'IR',
      graduationYear: spec.graduationYear ?? 2027,
      applicationYear: (spec.graduationYear ?? 2027) - 1,
    }),
  );
  return user;
}

/** A letter request written as the letters feature would, with the recomputation in the same transaction. */
export async function addLetter(
  t: TestApp,
  actor: { id: string; institutionId: string },
  studentId: string,
  letter: { status: LetterStatus; dueInDays?: number | null; specialty?: Specialty },
): Promise<void> {
  const due = letter.dueInDays === undefined || letter.dueInDays === null ? null : new Date(Date.now() + letter.dueInDays * 86_400_000).toISOString().slice(0, 10);
  await t.db.transaction(async (tx) => {
    await tx.getRepository(LetterRequest).insert({
      institutionId: actor.institutionId,
      studentId,
      writerName: 'Dr. Writer',
      writerSpecialty: letter.specialty ?? 'IR',
      writerInUS: true,
      status: letter.status,
      dueDate: due,
      committedAt: letter.status === 'COMMITTED' || letter.status === 'SUBMITTED' ? new Date() : null,
      submittedAt: letter.status === 'SUBMITTED' ? new Date() : null,
      declinedAt: letter.status === 'DECLINED' ? new Date() : null,
    });
    await t.app.get(RecomputeService).recompute(tx, { institutionId: actor.institutionId, studentId, trigger: 'letter.created', actorId: actor.id });
  });
}

/** Moves every snapshot of a student back in time (a test's way to have history). */
export async function backdateSnapshots(t: TestApp, studentId: string, days: number): Promise<void> {
  await t.db.query(`UPDATE recommendation_snapshots SET computed_at = computed_at - make_interval(days => $2) WHERE student_id = $1`, [studentId, days]);
}
