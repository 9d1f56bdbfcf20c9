import { DEMO_ACCOUNTS, DEMO_PASSWORD, type Role } from '@advising/contracts';
import type { ExamResult, Pathway, ResearchField, ResearchKind, ResearchStatus, RotationOutcome, RotationSetting, Specialty } from '@advising/strategy-rules';
import { PasswordService } from '../../modules/auth/password.service';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEvent } from '../../modules/audit/audit-event.entity';
import { Cohort } from '../../modules/cohorts/cohort.entity';
import { Institution } from '../../modules/institutions/institution.entity';
import { LetterRequest } from '../../modules/letters/letter-request.entity';
import { AdvisorNote } from '../../modules/notes/advisor-note.entity';
import { AdvisorOverride } from '../../modules/recommendations/recommendation-snapshot.entity';
import { RecomputeService } from '../../modules/recommendations/recompute.service';
import { ExamAttempt, ResearchItem, Rotation } from '../../modules/records/student-record.entities';
import { StudentProfile, type ApplicantType } from '../../modules/students/student-profile.entity';
import { User } from '../../modules/users/user.entity';

export const DEMO_INSTITUTION = { name: 'Demo School of Medicine', slug: 'demo-med' };

/** How far back the demo history reaches. */
export const DEMO_HISTORY_DAYS = 240;

const FIRST = ['Aisha', 'Ben', 'Carla', 'Dev', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jamal', 'Kira', 'Liam', 'Maya', 'Nikhil', 'Olivia', 'Pedro', 'Quinn', 'Rosa', 'Samir', 'Tess'];
const LAST = ['Okafor', 'Nguyen', 'Schmidt', 'Patel', 'Garcia', 'Kim', 'Haddad', 'Rossi', 'Cohen', 'Mensah', 'Silva', 'Ivanova', 'Tanaka', 'Brown', 'Ali', 'Novak', 'Moreno', 'Singh', 'Dubois', 'Walsh'];
const APPLICANT_TYPES: ApplicantType[] = ['US_MD', 'US_MD', 'US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG'];

const HOME_SITE = 'Demo University Hospital';
const AWAY_SITES = ['Lakeshore University Medical Center', 'St. Brendan Regional Hospital', 'Northgate Academic Medical Center', 'Riverside Memorial Hospital', 'Mesa Vista University Hospital', 'Harbor Point Medical Center'];
const IR_COMMENTS = [
  'Scrubbed into every case offered; strong fund of knowledge on access and closure devices. Would welcome back as a resident.',
  'Reliable, curious and good with patients in the pre-procedure clinic. Needs more reading on embolization agents.',
  'Presented a clear case at IR conference on a GI bleed work-up; faculty noticed.',
  'Quiet the first week, then took ownership of follow-up calls. Solid performance overall.',
];
const DR_COMMENTS = [
  'Systematic read-outs on chest films; asks good questions at the workstation.',
  'Engaged at read-outs, prepared a short teaching file on appendicitis imaging.',
  'Punctual and pleasant; could be more proactive in previewing cases.',
];
const RESEARCH_TITLES: Record<ResearchField, string[]> = {
  IR: [
    'Genicular artery embolization for knee osteoarthritis: a single-center retrospective review',
    'Outcomes of prostate artery embolization in men with large glands',
    'Y-90 radioembolization dosimetry and tumor response in hepatocellular carcinoma',
    'Time to intervention for upper GI bleeding after CTA: a quality review',
    'Trends in IVC filter retrieval rates after a dedicated clinic opened',
  ],
  DR: [
    'Incidental adrenal nodules on CT: adherence to follow-up recommendations',
    'Radiation dose in pediatric head CT before and after protocol optimization',
    'Point-of-care ultrasound teaching for third-year students: a pilot',
    'MRI findings in suspected scaphoid fracture with normal radiographs',
  ],
  OTHER: ['Handoff quality on the internal medicine wards: a QI cycle', 'Sepsis bundle compliance in the emergency department', 'Burnout among clinical-year students: a survey'],
};
const EXTERNAL_WRITERS: { name: string; specialty: Specialty; inUS: boolean }[] = [
  { name: 'Dr. Alan Whitaker (IR, Lakeshore University)', specialty: 'IR', inUS: true },
  { name: 'Dr. Sofia Marchetti (DR, St. Brendan Regional)', specialty: 'DR', inUS: true },
  { name: 'Dr. Kwame Asante (Internal Medicine)', specialty: 'IM', inUS: true },
  { name: 'Dr. Lena Fischer (Surgery)', specialty: 'SURGERY', inUS: true },
  { name: 'Dr. Miguel Herrera (DR, Northgate Academic)', specialty: 'DR', inUS: true },
  { name: 'Dr. Anjali Rao (Internal Medicine, home country)', specialty: 'IM', inUS: false },
];
const NOTES = [
  'Met to go over the Step 2 CK plan: keep the exam date so the score is back before applications open.',
  'Discussed the away rotation list; applying to two IR aways outside the big coastal metros.',
  'Talked through the letter plan: one IR letter from the home rotation, one DR, one clinical.',
  'Reviewed the research pipeline; the abstract should go to the regional IR meeting deadline.',
  'Check-in after the away rotation: good feedback, asked the attending for a letter in person.',
  'Score came back lower than hoped. Walked through the DR-first route and what it means for the list.',
  'Program list draft reviewed: more community and hybrid DR programs, fewer oversubscribed metros.',
];

/** A small deterministic generator, so the demo looks the same on every machine. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const DAY = 86_400_000;
const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** One dated change to a student's record; facts are recomputed after it, with the recommendation back-dated to its time. */
interface SeedEvent {
  day: number;
  /** Orders events of one day. */
  order: number;
  trigger: string;
  actorId: string | null;
  entity: string;
  /** Changes a fact (exam, rotation, research, letter): recompute afterwards. */
  fact: boolean;
  apply(tx: EntityManager, at: Date): Promise<string>;
}

/** Groups the days of the demo history into review periods: fortnights, then weeks over the last two months. */
const reviewBucket = (day: number): number => (day < DEMO_HISTORY_DAYS - 60 ? Math.floor(day / 14) : 100 + Math.floor(day / 7));

/** Which change of a batch names the recomputation: exam results first, then rotations, letters, research. */
const TRIGGER_WEIGHT = (trigger: string): number =>
  ({ 'profile.created': 9, 'exam.updated': 8, 'exam.created': 7, 'rotation.updated': 6, 'letter.submitted': 5, 'letter.committed': 5, 'letter.declined': 5, 'research.updated': 4, 'letter.requested': 3, 'rotation.created': 2, 'research.created': 1 })[trigger] ?? 0;

type Step2Plan = { kind: 'score'; score: number } | { kind: 'fail-then'; retake: number | 'scheduled' } | { kind: 'scheduled' } | { kind: 'none' };

/**
 * Final Step 2 CK outcomes, one per student, spread over every IR and DR band, with scores still
 * to come, two failures and two students who have not booked the exam yet.
 */
const STEP2: Step2Plan[] = [
  { kind: 'score', score: 257 }, // the demo student: a strong score arrives this month
  // Every passing score respects the minimum in force on the test day (218 for Step 2 CK since 1 July 2025).
  ...[258, 248, 238, 232, 224, 219, 218, 262, 251, 236].map((score): Step2Plan => ({ kind: 'score', score })),
  { kind: 'fail-then', retake: 229 },
  ...[227, 222, 246, 256, 241, 233, 221, 220, 253].map((score): Step2Plan => ({ kind: 'score', score })),
  { kind: 'scheduled' },
  // Match 2028 from here: about half have a score, the rest have the exam ahead of them.
  ...[249, 237, 260, 226, 218, 244, 231].map((score): Step2Plan => ({ kind: 'score', score })),
  { kind: 'fail-then', retake: 'scheduled' },
  { kind: 'scheduled' },
  { kind: 'scheduled' },
  { kind: 'scheduled' },
  { kind: 'none' },
  { kind: 'scheduled' },
  { kind: 'scheduled' },
  { kind: 'none' },
  { kind: 'scheduled' },
  { kind: 'scheduled' },
  { kind: 'scheduled' },
];

/** Which students write to the three demo mentors, and how far each request has got (student index -> outcome). */
type LetterOutcome = 'REQUESTED' | 'COMMITTED_SOON' | 'COMMITTED_OVERDUE' | 'COMMITTED_LATER' | 'SUBMITTED' | 'DECLINED';
const MENTOR_LETTERS: Record<number, [number, LetterOutcome][]> = {
  // mentor@demo-med.edu: a full queue.
  0: [
    [0, 'SUBMITTED'], [2, 'SUBMITTED'], [7, 'SUBMITTED'], [1, 'COMMITTED_SOON'], [5, 'SUBMITTED'], [8, 'COMMITTED_OVERDUE'],
    [12, 'COMMITTED_OVERDUE'], [3, 'REQUESTED'], [22, 'REQUESTED'], [25, 'REQUESTED'], [30, 'REQUESTED'], [15, 'DECLINED'],
  ],
  // mentor2 and mentor3: fewer, mostly done.
  1: [[0, 'COMMITTED_LATER'], [4, 'SUBMITTED'], [9, 'SUBMITTED'], [11, 'SUBMITTED'], [14, 'COMMITTED_LATER'], [18, 'REQUESTED'], [23, 'COMMITTED_SOON'], [27, 'DECLINED']],
  2: [[6, 'SUBMITTED'], [10, 'SUBMITTED'], [13, 'SUBMITTED'], [16, 'SUBMITTED'], [19, 'COMMITTED_SOON'], [24, 'REQUESTED'], [28, 'COMMITTED_OVERDUE']],
};

/**
 * Loads the demo institution once into an empty database: an admin, two advisors, three mentors
 * and 40 students in two cohorts, each with exams, rotations, research, letters, advisor notes
 * and about eight months of recommendation history (facts applied in date order, the
 * recommendation recomputed and back-dated after each). Returns false (and writes nothing) if
 * any institution exists. Deterministic apart from the dates, which count back from `now`.
 */
export async function seedDemoData(dataSource: DataSource, now: Date = new Date()): Promise<boolean> {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - DEMO_HISTORY_DAYS * DAY);
  /** The calendar day `day` days into the demo history. */
  const dateOf = (day: number): string => isoDay(new Date(start.getTime() + day * DAY));
  return dataSource.transaction(async (tx) => {
    await tx.query('LOCK TABLE institutions IN EXCLUSIVE MODE');
    if ((await tx.getRepository(Institution).count()) > 0) return false;
    const dayAt = (day: number, order = 0): Date => new Date(start.getTime() + day * DAY + (9 * 60 + order * 7) * 60_000);
    const passwordHash = await new PasswordService().hash(DEMO_PASSWORD);
    const institution = await tx.getRepository(Institution).save({ ...DEMO_INSTITUTION });
    const institutionId = institution.id;
    const audit: Partial<AuditEvent>[] = [];
    /** Accounts are created by the admin (the admin's own account by itself). */
    let adminId: string | null = null;
    const users = tx.getRepository(User);
    const makeUser = async (role: Role, email: string, displayName: string): Promise<User> => {
      const createdAt = dayAt(-14);
      const user = await users.save(users.create({ institutionId, role, email, displayName, passwordHash, active: true, createdAt, updatedAt: createdAt }));
      audit.push({ institutionId, actorId: adminId ?? user.id, action: 'user.created', entity: 'user', entityId: user.id, studentId: role === 'STUDENT' ? user.id : null, at: createdAt });
      return user;
    };

    const admin = await makeUser('ADMIN', DEMO_ACCOUNTS.ADMIN.email, DEMO_ACCOUNTS.ADMIN.displayName);
    adminId = admin.id;
    const advisor = await makeUser('ADVISOR', DEMO_ACCOUNTS.ADVISOR.email, DEMO_ACCOUNTS.ADVISOR.displayName);
    const advisor2 = await makeUser('ADVISOR', 'advisor2@demo-med.edu', 'Dr. Chris Lindqvist');
    const mentors = [
      await makeUser('MENTOR', DEMO_ACCOUNTS.MENTOR.email, DEMO_ACCOUNTS.MENTOR.displayName),
      await makeUser('MENTOR', 'mentor2@demo-med.edu', 'Dr. Priya Raman'),
      await makeUser('MENTOR', 'mentor3@demo-med.edu', 'Dr. Tomás Ortega'),
    ];
    const mentorSpecialty: Specialty[] = ['IR', 'DR', 'IR'];

    const cohorts = tx.getRepository(Cohort);
    const c2027 = await cohorts.save(cohorts.create({ institutionId, name: 'IR/DR applicants, Match 2027', matchYear: 2027, advisors: [advisor] }));
    const c2028 = await cohorts.save(cohorts.create({ institutionId, name: 'IR/DR applicants, Match 2028', matchYear: 2028, advisors: [advisor, advisor2] }));

    const random = generator(2027);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const between = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
    const recompute = new RecomputeService();

    const students: User[] = [];
    const timelines: SeedEvent[][] = [];
    const profiles: Partial<StudentProfile>[] = [];
    for (let i = 0; i < 40; i++) {
      const cohort = i < 22 ? c2027 : c2028;
      const first = FIRST[i % FIRST.length];
      const last = LAST[(i * 7 + 3) % LAST.length];
      const isDemoStudent = i === 0;
      const email = isDemoStudent ? DEMO_ACCOUNTS.STUDENT.email : `${first}.${last}${i}@students.demo-med.edu`.toLowerCase();
      const student = await makeUser('STUDENT', email, isDemoStudent ? DEMO_ACCOUNTS.STUDENT.displayName : `${first} ${last}`);
      students.push(student);
      const applicantType: ApplicantType = isDemoStudent ? 'US_MD' : pick(APPLICANT_TYPES);
      const img = applicantType === 'US_IMG' || applicantType === 'NON_US_IMG';
      const target = isDemoStudent ? 'IR' : random() < 0.6 ? 'IR' : 'DR';
      const graduationYear = img ? cohort.matchYear - between(2, 6) : cohort.matchYear;
      profiles.push({
        userId: student.id,
        institutionId,
        cohortId: cohort.id,
        applicantType,
        target,
        graduationYear,
        applicationYear: cohort.matchYear - 1,
        needsVisa: applicantType === 'NON_US_IMG',
        homeProgramHasIR: isDemoStudent || (!img && random() < 0.7),
        previousApplications: img && random() < 0.3 ? 1 : 0,
        createdAt: dayAt(0),
        updatedAt: dayAt(0),
      });
      timelines.push(planStudent(i, { studentId: student.id, institutionId, target, img, matchYear: cohort.matchYear, graduationYear, homeIR: profiles[i].homeProgramHasIR === true, advisorId: i >= 22 && i % 2 ? advisor2.id : advisor.id }));
    }
    await tx.getRepository(StudentProfile).insert(profiles);

    // Letters to the demo mentors and to external writers.
    for (const [m, entries] of Object.entries(MENTOR_LETTERS)) {
      const mentor = mentors[Number(m)];
      for (const [i, outcome] of entries) {
        timelines[i].push(...letterEvents({ studentId: students[i].id, institutionId, mentorId: mentor.id, writerName: mentor.displayName, specialty: mentorSpecialty[Number(m)], inUS: true, outcome, i, actorForTransitions: mentor.id }));
      }
    }
    for (let i = 0; i < 40; i++) {
      const writers = i < 22 ? 2 : i % 3 === 0 ? 1 : 0;
      for (let w = 0; w < writers; w++) {
        const img = profiles[i].applicantType === 'US_IMG' || profiles[i].applicantType === 'NON_US_IMG';
        const listed = EXTERNAL_WRITERS[(i + w * 3) % EXTERNAL_WRITERS.length];
        // Only international graduates bring a letter from home.
        const writer = listed.inUS || img ? listed : EXTERNAL_WRITERS[2];
        const outcome: LetterOutcome = i < 22 ? (w === 0 ? 'SUBMITTED' : pick(['COMMITTED_LATER', 'SUBMITTED', 'REQUESTED', 'SUBMITTED'] as const)) : 'REQUESTED';
        timelines[i].push(...letterEvents({ studentId: students[i].id, institutionId, mentorId: null, writerName: writer.name, specialty: writer.specialty, inUS: writer.inUS, outcome, i: i + w, actorForTransitions: i >= 22 && i % 2 ? advisor2.id : advisor.id }));
      }
    }

    // Advisor notes and a few overrides.
    for (let i = 0; i < 40; i += 3) {
      const author = i >= 22 && i % 2 ? advisor2.id : advisor.id;
      const notes = i % 2 ? 1 : 2;
      for (let n = 0; n < notes; n++) timelines[i].push(noteEvent(students[i].id, institutionId, author, NOTES[(i + n * 2) % NOTES.length], 60 + ((i * 37 + n * 71) % 170)));
    }
    const overrides: [number, Pathway | null, string, number][] = [
      [4, 'DUAL_IR_DR', 'Honors on the home IR rotation and two IR letters in hand: apply to a short list of Integrated IR programs alongside DR.', 205],
      [17, 'DR_THEN_IR', 'Wants to stay on the IR track; DR first with ESIR is the realistic route given the score.', 180],
      [9, 'DR', 'Decided with the student to apply DR only this cycle for family reasons.', 120],
      [9, null, 'Student reconsidered after the away rotation; the engine\'s pathway stands again.', 215],
    ];
    for (const [i, pathway, reason, day] of overrides) timelines[i].push(overrideEvent(students[i].id, institutionId, advisor.id, pathway, reason, day));

    // Replay each student's history in date order. Facts recorded within the same fortnight (the
    // same week in the last two months) are recomputed together, as an advisor's periodic review
    // would see them: the snapshot carries the most telling trigger of the batch.
    for (let i = 0; i < 40; i++) {
      const studentId = students[i].id;
      const profileCreated: SeedEvent = { day: 0, order: 0, trigger: 'profile.created', actorId: admin.id, entity: 'profile', fact: true, apply: () => Promise.resolve(studentId) };
      const events = [profileCreated, ...timelines[i]].sort((a, b) => a.day - b.day || a.order - b.order);
      let batch: { event: SeedEvent; at: Date }[] = [];
      const flush = async (): Promise<void> => {
        const facts = batch.filter((b) => b.event.fact);
        batch = [];
        if (!facts.length) return;
        const lead = facts.reduce((best, b) => (TRIGGER_WEIGHT(b.event.trigger) > TRIGGER_WEIGHT(best.event.trigger) ? b : best));
        const at = facts[facts.length - 1].at;
        await recompute.recompute(tx, { institutionId, studentId, trigger: lead.event.trigger, actorId: lead.event.actorId, at });
      };
      let bucket = -1;
      for (const event of events) {
        // What the plan puts after today has not happened yet: it stays as planned.
        if (event.day > DEMO_HISTORY_DAYS) continue;
        const key = reviewBucket(event.day);
        if (key !== bucket) await flush();
        bucket = key;
        const at = new Date(Math.min(dayAt(event.day, event.order).getTime(), now.getTime() - 60_000));
        const entityId = await event.apply(tx, at);
        batch.push({ event, at });
        audit.push({ institutionId, actorId: event.actorId, action: event.trigger, studentId, entity: event.entity, entityId, at });
      }
      await flush();
      // Today's view: dates have moved on since the last change (deadlines, exam timing).
      await recompute.recompute(tx, { institutionId, studentId, trigger: 'scheduled.recompute', actorId: null, at: now });
    }
    for (let i = 0; i < audit.length; i += 500) await tx.getRepository(AuditEvent).insert(audit.slice(i, i + 500));
    return true;
  });

  function planStudent(
    i: number,
    s: { studentId: string; institutionId: string; target: 'IR' | 'DR'; img: boolean; matchYear: number; graduationYear: number; homeIR: boolean; advisorId: string },
  ): SeedEvent[] {
    const rnd = generator(1000 + i);
    const choose = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
    const between = (min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));
    const events: SeedEvent[] = [];
    const keys = { institutionId: s.institutionId, studentId: s.studentId };
    const cohort2027 = s.matchYear === 2027;
    const fact = (day: number, order: number, trigger: string, actorId: string | null, entity: string, apply: SeedEvent['apply']): void => {
      events.push({ day, order, trigger, actorId, entity, fact: true, apply });
    };
    const stamp = (at: Date) => ({ createdAt: at, updatedAt: at });
    const bump = (at: Date) => ({ updatedAt: at, version: () => 'version + 1' });

    // Step 1: numeric for graduates of the scored era (before 2022), else pass/fail; one failed first attempt.
    const step1Taken = `${s.graduationYear - 2}-0${between(5, 8)}-${String(between(10, 28))}`;
    if (i === 20) {
      fact(1, 1, 'exam.created', s.studentId, 'exam', async (tx, at) => (await tx.getRepository(ExamAttempt).save({ ...keys, exam: 'STEP1', result: 'FAIL', score: null, date: `${s.graduationYear - 2}-03-14`, ...stamp(at) })).id);
    }
    const step1Score = s.graduationYear <= 2022 ? between(214, 246) : null;
    fact(1, 2, 'exam.created', s.studentId, 'exam', async (tx, at) => (await tx.getRepository(ExamAttempt).save({ ...keys, exam: 'STEP1', result: 'PASS', score: step1Score, date: step1Taken, ...stamp(at) })).id);

    // Step 2 CK: booked, then the result arrives; some in the last 30 days, some 30-90 days ago, some earlier.
    const plan = STEP2[i];
    const resultDay = i % 3 === 0 ? between(212, 234) : i % 3 === 1 ? between(152, 205) : between(70, 140);
    if (plan.kind !== 'none') {
      const booked = Math.max(5, resultDay - between(60, 90));
      let examId = '';
      const scheduledFor = plan.kind === 'scheduled' ? isoDay(new Date(now.getTime() + between(20, 150) * DAY)) : dateOf(resultDay - 21);
      fact(booked, 1, 'exam.created', s.studentId, 'exam', async (tx, at) => (examId = (await tx.getRepository(ExamAttempt).save({ ...keys, exam: 'STEP2CK', result: 'SCHEDULED', score: null, date: scheduledFor, ...stamp(at) })).id));
      if (plan.kind === 'score') {
        fact(resultDay, 1, 'exam.updated', s.studentId, 'exam', async (tx, at) => {
          await tx.getRepository(ExamAttempt).update(examId, { result: 'PASS', score: plan.score, ...bump(at) });
          return examId;
        });
      } else if (plan.kind === 'fail-then') {
        const failDay = Math.min(resultDay, 150);
        fact(failDay, 1, 'exam.updated', s.studentId, 'exam', async (tx, at) => {
          await tx.getRepository(ExamAttempt).update(examId, { result: 'FAIL', score: 202, ...bump(at) });
          return examId;
        });
        const retakeResult: ExamResult = plan.retake === 'scheduled' ? 'SCHEDULED' : 'PASS';
        const retakeDate = plan.retake === 'scheduled' ? isoDay(new Date(now.getTime() + 45 * DAY)) : dateOf(failDay + 50);
        let retakeId = '';
        fact(failDay + 10, 1, 'exam.created', s.studentId, 'exam', async (tx, at) => (retakeId = (await tx.getRepository(ExamAttempt).save({ ...keys, exam: 'STEP2CK', result: 'SCHEDULED', score: null, date: retakeDate, ...stamp(at) })).id));
        if (retakeResult === 'PASS' && typeof plan.retake === 'number') {
          const score = plan.retake;
          fact(failDay + 72, 1, 'exam.updated', s.studentId, 'exam', async (tx, at) => {
            await tx.getRepository(ExamAttempt).update(retakeId, { result: 'PASS', score, ...bump(at) });
            return retakeId;
          });
        }
      }
    }
    // Step 3 for a few international graduates who need the visa help.
    if (s.img && i % 4 === 1) {
      fact(between(30, 90), 3, 'exam.created', s.studentId, 'exam', async (tx, at) => (await tx.getRepository(ExamAttempt).save({ ...keys, exam: 'STEP3', result: 'PASS', score: between(218, 236), date: dateOf(20), ...stamp(at) })).id);
    }

    // Rotations: home and away in the target (IR or DR); US clinical experience for international graduates.
    const rotationPlan: { specialty: Specialty; setting: RotationSetting; site: string; weeks: number; startDay: number; complete: boolean }[] = [];
    const specialty: Specialty = s.target;
    const homeStart = cohort2027 ? between(20, 60) : between(150, 190);
    if (s.homeIR || s.target === 'DR') rotationPlan.push({ specialty, setting: 'HOME', site: HOME_SITE, weeks: 4, startDay: homeStart, complete: homeStart + 28 < DEMO_HISTORY_DAYS - 3 });
    const aways = s.target === 'IR' ? (cohort2027 ? 2 : 1) : cohort2027 ? 1 : 0;
    for (let a = 0; a < aways; a++) {
      const startDay = cohort2027 ? between(95, 130) + a * 35 : between(200, 215);
      rotationPlan.push({ specialty, setting: 'AWAY', site: AWAY_SITES[(i + a * 2) % AWAY_SITES.length], weeks: 4, startDay, complete: startDay + 28 < DEMO_HISTORY_DAYS - 3 });
    }
    if (s.img) rotationPlan.push({ specialty: 'IM', setting: 'AWAY', site: choose(['Riverside Memorial Hospital', 'Mesa Vista University Hospital']), weeks: 8, startDay: between(10, 40), complete: true });
    rotationPlan.forEach((r, n) => {
      let rotationId = '';
      const outcome: RotationOutcome = i === 14 && r.setting === 'AWAY' ? 'FAIL' : choose(['HONORS', 'HONORS', 'HIGH_PASS', 'HIGH_PASS', 'PASS'] as const);
      const radiology = r.specialty === 'IR' || r.specialty === 'DR';
      const comment = radiology ? (r.specialty === 'IR' ? IR_COMMENTS : DR_COMMENTS)[(i + n) % (r.specialty === 'IR' ? IR_COMMENTS.length : DR_COMMENTS.length)] : null;
      const startDate = dateOf(r.startDay);
      const endDate = dateOf(r.startDay + r.weeks * 7 - 3);
      const plannedDay = Math.max(2, r.startDay - between(25, 50));
      fact(plannedDay, 2, 'rotation.created', s.studentId, 'rotation', async (tx, at) =>
        (rotationId = (await tx.getRepository(Rotation).save({ ...keys, specialty: r.specialty, setting: r.setting, siteName: r.site, inUS: true, weeks: r.weeks, startDate, endDate, status: 'PLANNED', outcome: null, evaluatorComment: null, ...stamp(at) })).id),
      );
      if (r.startDay < DEMO_HISTORY_DAYS) {
        fact(r.startDay, 2, 'rotation.updated', s.studentId, 'rotation', async (tx, at) => {
          await tx.getRepository(Rotation).update(rotationId, { status: 'IN_PROGRESS', ...bump(at) });
          return rotationId;
        });
      }
      if (r.complete) {
        fact(r.startDay + r.weeks * 7 + between(3, 12), 2, 'rotation.updated', s.advisorId, 'rotation', async (tx, at) => {
          await tx.getRepository(Rotation).update(rotationId, { status: 'COMPLETED', outcome: r.specialty === 'IM' && outcome === 'FAIL' ? 'PASS' : outcome, evaluatorComment: comment, ...bump(at) });
          return rotationId;
        });
      }
    });

    // Research: an item or three, moving from in progress to an output.
    const items = 1 + (i % 3);
    for (let r = 0; r < items; r++) {
      const field: ResearchField = r === 2 ? 'OTHER' : r === 0 ? s.target : choose(['IR', 'DR'] as const);
      const kind: ResearchKind = field === 'OTHER' ? 'QI' : choose(['ABSTRACT', 'POSTER', 'CASE_REPORT', 'PUBLICATION', 'PRESENTATION'] as const);
      const title = RESEARCH_TITLES[field][(i + r) % RESEARCH_TITLES[field].length];
      const startDay = between(3, 120);
      const steps: ResearchStatus[] = kind === 'PUBLICATION' ? ['IN_PROGRESS', 'SUBMITTED', 'ACCEPTED'] : kind === 'QI' ? ['IN_PROGRESS'] : ['IN_PROGRESS', 'SUBMITTED', i % 2 ? 'PRESENTED' : 'ACCEPTED'];
      let researchId = '';
      fact(startDay, 3, 'research.created', s.studentId, 'research', async (tx, at) => (researchId = (await tx.getRepository(ResearchItem).save({ ...keys, field, kind, status: steps[0], title, date: null, ...stamp(at) })).id));
      let day = startDay;
      for (const status of steps.slice(1)) {
        day += between(35, 70);
        if (day >= DEMO_HISTORY_DAYS - 1) break;
        const itemDate = dateOf(day);
        fact(day, 3, 'research.updated', s.studentId, 'research', async (tx, at) => {
          await tx.getRepository(ResearchItem).update(researchId, { status, date: itemDate, ...bump(at) });
          return researchId;
        });
      }
    }
    return events;
  }

  function letterEvents(l: { studentId: string; institutionId: string; mentorId: string | null; writerName: string; specialty: Specialty; inUS: boolean; outcome: LetterOutcome; i: number; actorForTransitions: string }): SeedEvent[] {
    const rnd = generator(5000 + l.i * 13 + l.writerName.length);
    const span = (min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));
    const events: SeedEvent[] = [];
    const at = (days: number): Date => new Date(now.getTime() - days * DAY);
    let letterId = '';
    // Days before now of each step.
    const requestedAgo = l.outcome === 'REQUESTED' ? span(2, 20) : l.outcome === 'SUBMITTED' ? span(110, 170) : span(45, 120);
    const committedAgo = Math.max(1, requestedAgo - span(5, 18));
    const submittedAgo = l.outcome === 'SUBMITTED' ? span(8, Math.max(9, committedAgo - 10)) : 0;
    const due: Record<LetterOutcome, string | null> = {
      REQUESTED: null,
      COMMITTED_SOON: isoDay(at(-span(4, 12))),
      COMMITTED_OVERDUE: isoDay(at(span(3, 10))),
      COMMITTED_LATER: isoDay(at(-span(25, 60))),
      SUBMITTED: isoDay(at(Math.max(1, submittedAgo - span(1, 6)))),
      DECLINED: null,
    };
    const dayOf = (ago: number): number => DEMO_HISTORY_DAYS - ago;
    events.push({
      day: dayOf(requestedAgo),
      order: 4,
      trigger: 'letter.requested',
      actorId: l.studentId,
      entity: 'letter',
      fact: true,
      apply: async (tx, when) => {
        letterId = (
          await tx.getRepository(LetterRequest).save({
            institutionId: l.institutionId,
            studentId: l.studentId,
            mentorId: l.mentorId,
            writerName: l.writerName,
            writerSpecialty: l.specialty,
            writerInUS: l.inUS,
            status: 'REQUESTED',
            dueDate: null,
            requestedAt: when,
            createdAt: when,
            updatedAt: when,
          })
        ).id;
        return letterId;
      },
    });
    const transition = (ago: number, trigger: string, apply: (when: Date) => Partial<LetterRequest>): void => {
      events.push({
        day: dayOf(ago),
        order: 5,
        trigger,
        actorId: l.actorForTransitions,
        entity: 'letter',
        fact: true,
        apply: async (tx, when) => {
          await tx.getRepository(LetterRequest).update(letterId, { ...apply(when), updatedAt: when, version: () => 'version + 1' });
          return letterId;
        },
      });
    };
    if (l.outcome === 'DECLINED') {
      transition(committedAgo, 'letter.declined', (when) => ({ status: 'DECLINED', declinedAt: when, mentorNote: l.mentorId ? 'Too many letters this cycle; suggested asking a DR attending instead.' : null }));
    } else if (l.outcome !== 'REQUESTED') {
      const note = l.mentorId ? (l.outcome === 'COMMITTED_OVERDUE' ? 'Need the updated CV and personal statement draft before I can finish.' : 'Worked with the student on two cases; can speak to work ethic.') : null;
      transition(committedAgo, 'letter.committed', (when) => ({ status: 'COMMITTED', committedAt: when, dueDate: due[l.outcome], mentorNote: note }));
      if (l.outcome === 'SUBMITTED') transition(submittedAgo, 'letter.submitted', (when) => ({ status: 'SUBMITTED', submittedAt: when }));
    }
    return events;
  }

  function noteEvent(studentId: string, institutionId: string, authorId: string, body: string, day: number): SeedEvent {
    return {
      day,
      order: 6,
      trigger: 'note.created',
      actorId: authorId,
      entity: 'note',
      fact: false,
      apply: async (tx, at) => (await tx.getRepository(AdvisorNote).save({ institutionId, studentId, authorId, body, createdAt: at })).id,
    };
  }

  function overrideEvent(studentId: string, institutionId: string, advisorId: string, pathway: Pathway | null, reason: string, day: number): SeedEvent {
    return {
      day,
      order: 7,
      trigger: pathway ? 'override.set' : 'override.cleared',
      actorId: advisorId,
      entity: 'override',
      fact: false,
      apply: async (tx, at) => (await tx.getRepository(AdvisorOverride).save({ institutionId, studentId, advisorId, pathway, reason, createdAt: at })).id,
    };
  }
}
