import { z } from 'zod';
import type { ApplicantProfile, ExamName, ValidateOptions, ValidationResult } from '../types';
import { isCalendarDate } from './dates';
import { MAX_ATTEMPTS, SCORE_RANGES, STEP1_PASS_FAIL_FROM, passingScoreBounds, passingScoreOn } from './usmle';

const EXAM_LABEL: Record<ExamName, string> = { STEP1: 'Step 1', STEP2CK: 'Step 2 CK', STEP3: 'Step 3' };

/** Missing fields say "is required"; present ones of the wrong type keep the specific message. */
const need =
  (name: string, what: string) =>
  (iss: { input?: unknown }): string =>
    iss.input === undefined ? `${name} is required` : `${name} must be ${what}`;

function oneOf<const T extends readonly [string, ...string[]]>(name: string, values: T) {
  return z.enum(values, { error: need(name, `one of ${values.join(', ')}`) });
}

const specialty = (name: string) => oneOf(name, ['IR', 'DR', 'IM', 'SURGERY', 'EM', 'OTHER']);
const year = (label: string) =>
  z
    .number({ error: need(label, 'a number') })
    .int(`${label} must be a whole year`)
    .min(1950, `${label} must be 1950 or later`)
    .max(2100, `${label} must be 2100 or earlier`);

const date = z
  .string({ error: need('date', 'a string written YYYY-MM-DD') })
  .refine(isCalendarDate, { message: 'date must be a real calendar date written YYYY-MM-DD' });

const exam = z
  .strictObject({
    exam: oneOf('exam', ['STEP1', 'STEP2CK', 'STEP3']),
    result: oneOf('result', ['PASS', 'FAIL', 'SCHEDULED']),
    score: z
      .number({ error: need('score', 'a number') })
      .int('score must be a whole number')
      .optional(),
    date: date.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.result === 'SCHEDULED' && e.score !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['score'], message: 'a scheduled exam has no score yet' });
      return;
    }
    if (e.score === undefined) return;
    const label = EXAM_LABEL[e.exam];
    const range = SCORE_RANGES[e.exam];
    if (e.score < range.min || e.score > range.max) {
      ctx.addIssue({ code: 'custom', path: ['score'], message: `a ${label} score must be between ${range.min} and ${range.max}` });
      return;
    }
    if (e.exam === 'STEP1' && e.date !== undefined && isCalendarDate(e.date) && e.date >= STEP1_PASS_FAIL_FROM) {
      ctx.addIssue({ code: 'custom', path: ['score'], message: 'Step 1 is reported as pass or fail only since 26 January 2022: a Step 1 taken then or later has no score' });
      return;
    }
    const dated = e.date !== undefined && isCalendarDate(e.date) ? passingScoreOn(e.exam, e.date) : null;
    const bounds = passingScoreBounds(e.exam);
    if (e.result === 'PASS') {
      const minimum = e.date !== undefined ? dated : bounds.lowest;
      if (minimum !== null && e.score < minimum) {
        ctx.addIssue({ code: 'custom', path: ['score'], message: `a passing ${label} score cannot be below the minimum passing score of ${minimum}${e.date !== undefined ? ' in force on that date' : ''}` });
      }
    } else if (e.result === 'FAIL') {
      const minimum = e.date !== undefined ? dated : bounds.highest;
      if (minimum !== null && e.score >= minimum) {
        ctx.addIssue({ code: 'custom', path: ['score'], message: `a failing ${label} score must be below the minimum passing score of ${minimum}${e.date !== undefined ? ' in force on that date' : ''}` });
      }
    }
  });

const rotation = z
  .strictObject({
    specialty: specialty('specialty'),
    setting: oneOf('setting', ['HOME', 'AWAY']),
    inUS: z.boolean({ error: need('inUS', 'true or false') }),
    weeks: z
      .number({ error: need('weeks', 'a number') })
      .int('weeks must be a whole number')
      .min(1, 'weeks must be at least 1')
      .max(52, 'weeks must be at most 52'),
    status: oneOf('status', ['PLANNED', 'IN_PROGRESS', 'COMPLETED']),
    outcome: oneOf('outcome', ['HONORS', 'HIGH_PASS', 'PASS', 'FAIL']).optional(),
    startDate: date.optional(),
    endDate: date.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.status === 'PLANNED' && r.outcome !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'a planned rotation has no outcome yet' });
    }
    if (r.startDate !== undefined && r.endDate !== undefined && isCalendarDate(r.startDate) && isCalendarDate(r.endDate) && r.endDate < r.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'a rotation cannot end before it starts' });
    }
  });

const researchItem = z.strictObject({
  field: oneOf('field', ['IR', 'DR', 'OTHER']),
  kind: oneOf('kind', ['PUBLICATION', 'ABSTRACT', 'POSTER', 'PRESENTATION', 'CASE_REPORT', 'QI', 'PROJECT']),
  status: oneOf('status', ['IN_PROGRESS', 'SUBMITTED', 'ACCEPTED', 'PUBLISHED', 'PRESENTED']),
});

const letter = z.strictObject({
  writerSpecialty: specialty('writerSpecialty'),
  writerInUS: z.boolean({ error: need('writerInUS', 'true or false') }),
  status: oneOf('status', ['REQUESTED', 'COMMITTED', 'SUBMITTED', 'DECLINED']),
});

const list = <T extends z.ZodType>(item: T, name: string) => z.array(item, { error: need(name, 'a list') });

export const applicantProfileSchema = z
  .strictObject(
    {
      applicantType: oneOf('applicantType', ['US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG']),
      target: oneOf('target', ['IR', 'DR']),
      graduationYear: year('graduationYear'),
      applicationYear: year('applicationYear').optional(),
      needsVisa: z.boolean({ error: need('needsVisa', 'true or false') }).optional(),
      homeProgramHasIR: z.boolean({ error: need('homeProgramHasIR', 'true or false') }).optional(),
      previousApplications: z
        .number({ error: need('previousApplications', 'a number') })
        .int('previousApplications must be a whole number')
        .min(0, 'previousApplications cannot be negative')
        .max(20, 'previousApplications must be at most 20')
        .optional(),
      exams: list(exam, 'exams'),
      rotations: list(rotation, 'rotations'),
      research: list(researchItem, 'research'),
      letters: list(letter, 'letters'),
    },
    { error: (iss) => (iss.code === 'invalid_type' ? 'profile must be a JSON object' : undefined) },
  )
  .superRefine((p, ctx) => {
    const passed = new Map<string, number>();
    const attempts = new Map<string, number>();
    p.exams.forEach((e, i) => {
      const n = (attempts.get(e.exam) ?? 0) + 1;
      attempts.set(e.exam, n);
      if (n > MAX_ATTEMPTS) {
        ctx.addIssue({ code: 'custom', path: ['exams', i, 'exam'], message: `USMLE allows at most ${MAX_ATTEMPTS} attempts at ${EXAM_LABEL[e.exam]}; this is attempt ${n}` });
      }
      if (e.result !== 'PASS') return;
      if (passed.has(e.exam)) {
        ctx.addIssue({ code: 'custom', path: ['exams', i, 'result'], message: `${EXAM_LABEL[e.exam]} is already passed on this record; a passed exam is not taken again` });
      } else passed.set(e.exam, i);
    });
    if (p.applicationYear !== undefined && p.applicationYear > p.graduationYear + 30) {
      ctx.addIssue({ code: 'custom', path: ['applicationYear'], message: 'applicationYear is implausibly far after graduationYear' });
    }
  });

/** `exams[0].score` style path; the profile itself is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** Checks that need the day of reference: no result and no completed rotation dated after it. */
function checkAgainstAsOf(p: ApplicantProfile, asOf: string): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  p.exams.forEach((e, i) => {
    if (e.result !== 'SCHEDULED' && e.date !== undefined && e.date > asOf) {
      errors.push({ path: `exams[${i}].date`, message: `a ${e.result === 'PASS' ? 'passed' : 'failed'} result cannot be dated after ${asOf}` });
    }
  });
  p.rotations.forEach((r, i) => {
    if (r.status === 'COMPLETED' && r.endDate !== undefined && r.endDate > asOf) {
      errors.push({ path: `rotations[${i}].endDate`, message: `a completed rotation cannot end after ${asOf}` });
    }
  });
  return errors;
}

/**
 * Checks untrusted input (an API body, a file) against the ApplicantProfile shape and USMLE reality (score ranges, the
 * minimum passing score in force on the test day, pass/fail Step 1 since 26 January 2022, at most four attempts, one
 * pass per exam). With `asOf`, results and completed rotations dated after that day are refused too. Every problem is
 * reported with the path of its field.
 */
export function validateProfile(input: unknown, options?: ValidateOptions): ValidationResult {
  const asOf = options?.asOf;
  if (asOf !== undefined && !isCalendarDate(asOf)) throw new RangeError(`asOf must be a calendar date written YYYY-MM-DD, got "${asOf}"`);
  const parsed = applicantProfileSchema.safeParse(input);
  if (parsed.success) {
    const profile = parsed.data as ApplicantProfile;
    const errors = asOf === undefined ? [] : checkAgainstAsOf(profile, asOf);
    return errors.length === 0 ? { ok: true, profile } : { ok: false, errors };
  }
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}
