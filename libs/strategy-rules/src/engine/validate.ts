import { z } from 'zod';
import type { ApplicantProfile, ValidationResult } from '../types';
import { isCalendarDate } from './dates';

const specialty = z.enum(['IR', 'DR', 'IM', 'SURGERY', 'EM', 'OTHER']);
const year = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole year`)
    .min(1950, `${label} must be 1950 or later`)
    .max(2100, `${label} must be 2100 or earlier`);

const date = z
  .string({ error: 'date must be a string written YYYY-MM-DD' })
  .refine(isCalendarDate, { message: 'date must be a real calendar date written YYYY-MM-DD' });

const exam = z
  .strictObject({
    exam: z.enum(['STEP1', 'STEP2CK', 'STEP3']),
    result: z.enum(['PASS', 'FAIL', 'SCHEDULED']),
    score: z
      .number({ error: 'score must be a number' })
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
    specialty,
    setting: z.enum(['HOME', 'AWAY']),
    inUS: z.boolean({ error: 'inUS must be true or false' }),
    weeks: z
      .number({ error: 'weeks must be a number' })
      .int('weeks must be a whole number')
      .min(1, 'weeks must be at least 1')
      .max(52, 'weeks must be at most 52'),
    status: z.enum(['PLANNED', 'IN_PROGRESS', 'COMPLETED']),
    outcome: z.enum(['HONORS', 'HIGH_PASS', 'PASS', 'FAIL']).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.status === 'PLANNED' && r.outcome !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'a planned rotation has no outcome yet' });
    }
  });

const researchItem = z.strictObject({
  field: z.enum(['IR', 'DR', 'OTHER']),
  kind: z.enum(['PUBLICATION', 'ABSTRACT', 'POSTER', 'PRESENTATION', 'CASE_REPORT', 'QI', 'PROJECT']),
  status: z.enum(['IN_PROGRESS', 'SUBMITTED', 'ACCEPTED', 'PUBLISHED', 'PRESENTED']),
});

const letter = z.strictObject({
  writerSpecialty: specialty,
  writerInUS: z.boolean({ error: 'writerInUS must be true or false' }),
  status: z.enum(['REQUESTED', 'COMMITTED', 'SUBMITTED', 'DECLINED']),
});

const list = <T extends z.ZodType>(item: T, name: string) => z.array(item, { error: `${name} must be a list` });

export const applicantProfileSchema = z
  .strictObject(
    {
      applicantType: z.enum(['US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG']),
      target: z.enum(['IR', 'DR']),
      graduationYear: year('graduationYear'),
      applicationYear: year('applicationYear').optional(),
      needsVisa: z.boolean({ error: 'needsVisa must be true or false' }).optional(),
      homeProgramHasIR: z.boolean({ error: 'homeProgramHasIR must be true or false' }).optional(),
      previousApplications: z
        .number({ error: 'previousApplications must be a number' })
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
