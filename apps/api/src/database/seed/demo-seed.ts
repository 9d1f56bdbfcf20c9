import { DEMO_ACCOUNTS, DEMO_PASSWORD, type Role } from '@advising/contracts';
import { hash, argon2id } from 'argon2';
import type { DataSource } from 'typeorm';
import { Cohort } from '../../modules/cohorts/cohort.entity';
import { Institution } from '../../modules/institutions/institution.entity';
import { StudentProfile, type ApplicantType } from '../../modules/students/student-profile.entity';
import { User } from '../../modules/users/user.entity';

export const DEMO_INSTITUTION = { name: 'Demo School of Medicine', slug: 'demo-med' };

const FIRST = ['Aisha', 'Ben', 'Carla', 'Dev', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jamal', 'Kira', 'Liam', 'Maya', 'Nikhil', 'Olivia', 'Pedro', 'Quinn', 'Rosa', 'Samir', 'Tess'];
const LAST = ['Okafor', 'Nguyen', 'Schmidt', 'Patel', 'Garcia', 'Kim', 'Haddad', 'Rossi', 'Cohen', 'Mensah', 'Silva', 'Ivanova', 'Tanaka', 'Brown', 'Ali', 'Novak', 'Moreno', 'Singh', 'Dubois', 'Walsh'];
const APPLICANT_TYPES: ApplicantType[] = ['US_MD', 'US_MD', 'US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG'];

/** A small deterministic generator, so the demo looks the same on every machine. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Loads the demo institution once into an empty database: an admin, two advisors, three mentors
 * and 40 students in two cohorts. Returns false (and writes nothing) if any institution exists.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (tx) => {
    await tx.query('LOCK TABLE institutions IN EXCLUSIVE MODE');
    if ((await tx.getRepository(Institution).count()) > 0) return false;
    const passwordHash = await hash(DEMO_PASSWORD, { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const institution = await tx.getRepository(Institution).save({ ...DEMO_INSTITUTION });
    const users = tx.getRepository(User);
    const makeUser = (role: Role, email: string, displayName: string): Promise<User> =>
      users.save(users.create({ institutionId: institution.id, role, email, displayName, passwordHash, active: true }));

    await makeUser('ADMIN', DEMO_ACCOUNTS.ADMIN.email, DEMO_ACCOUNTS.ADMIN.displayName);
    const advisor = await makeUser('ADVISOR', DEMO_ACCOUNTS.ADVISOR.email, DEMO_ACCOUNTS.ADVISOR.displayName);
    const advisor2 = await makeUser('ADVISOR', 'advisor2@demo-med.edu', 'Dr. Chris Lindqvist');
    await makeUser('MENTOR', DEMO_ACCOUNTS.MENTOR.email, DEMO_ACCOUNTS.MENTOR.displayName);
    await makeUser('MENTOR', 'mentor2@demo-med.edu', 'Dr. Priya Raman');
    await makeUser('MENTOR', 'mentor3@demo-med.edu', 'Dr. Tomás Ortega');

    const cohorts = tx.getRepository(Cohort);
    const c2027 = await cohorts.save(cohorts.create({ institutionId: institution.id, name: 'IR/DR applicants, Match 2027', matchYear: 2027, advisors: [advisor] }));
    const c2028 = await cohorts.save(cohorts.create({ institutionId: institution.id, name: 'IR/DR applicants, Match 2028', matchYear: 2028, advisors: [advisor, advisor2] }));

    const random = generator(2027);
    const profiles = tx.getRepository(StudentProfile);
    for (let i = 0; i < 40; i++) {
      const cohort = i < 22 ? c2027 : c2028;
      const first = FIRST[i % FIRST.length];
      const last = LAST[(i * 7 + 3) % LAST.length];
      const isDemoStudent = i === 0;
      const email = isDemoStudent ? DEMO_ACCOUNTS.STUDENT.email : `${first}.${last}${i}@students.demo-med.edu`.toLowerCase();
      const student = await makeUser('STUDENT', email, isDemoStudent ? DEMO_ACCOUNTS.STUDENT.displayName : `${first} ${last}`);
      const applicantType = isDemoStudent ? 'US_MD' : APPLICANT_TYPES[Math.floor(random() * APPLICANT_TYPES.length)];
      const graduationYear = cohort.matchYear;
      await profiles.insert({
        userId: student.id,
        institutionId: institution.id,
        cohortId: cohort.id,
        applicantType,
        target: random() < 0.6 ? 'IR' : 'DR',
        graduationYear,
        applicationYear: graduationYear - 1,
        needsVisa: applicantType === 'NON_US_IMG',
        homeProgramHasIR: random() < 0.7,
        previousApplications: random() < 0.1 ? 1 : 0,
      });
    }
    return true;
  });
}
