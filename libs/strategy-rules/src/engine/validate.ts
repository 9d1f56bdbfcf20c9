import { z } from 'zod';
import type { ApplicantProfile, ValidationResult } from '../types';
import { isCalendarDate } from './dates';

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
      .min(1, 'score must be between 1 and 300')
      .max(300, 'score must be between 1 and 300')
      .optional(),
    date: date.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.result === 'SCHEDULED' && e.score !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['score'], message: 'a scheduled exam has no score yet' });
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
  })
  .superRefine((r, ctx) => {
    if (r.status === 'PLANNED' && r.outcome !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'a planned rotation has no outcome yet' });
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
    p.exams.forEach((e, i) => {
      if (e.result !== 'PASS') return;
      if (passed.has(e.exam)) {
        ctx.addIssue({ code: 'custom', path: ['exams', i, 'result'], message: `${e.exam} is already passed in exams[${passed.get(e.exam)}]; a passed exam is not retaken` });
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

/** Checks untrusted input (an API body, a file) against the ApplicantProfile shape. Every problem is reported with its path. */
export function validateProfile(input: unknown): ValidationResult {
  const parsed = applicantProfileSchema.safeParse(input);
  if (parsed.success) return { ok: true, profile: parsed.data as ApplicantProfile };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}
