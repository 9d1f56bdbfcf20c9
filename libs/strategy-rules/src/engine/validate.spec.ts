import { validateProfile } from '../index';
import { profile, step2 } from '../testing/builders';

const valid = () =>
  JSON.parse(
    JSON.stringify(
      profile({
        exams: [step2(240, '2026-06-01')],
        rotations: [{ specialty: 'IR', setting: 'HOME', inUS: true, weeks: 4, status: 'COMPLETED', outcome: 'HONORS' }],
        research: [{ field: 'IR', kind: 'POSTER', status: 'PRESENTED' }],
        letters: [{ writerSpecialty: 'IR', writerInUS: true, status: 'COMMITTED' }],
      }),
    ),
  ) as Record<string, unknown>;

function errorsOf(input: unknown) {
  const result = validateProfile(input);
  if (result.ok) throw new Error('expected the profile to be rejected');
  return result.errors;
}

describe('validateProfile', () => {
  it('accepts a valid profile and returns it', () => {
    const input = valid();
    const result = validateProfile(input);
    expect(result).toEqual({ ok: true, profile: input });
  });

  it('rejects non-objects at the root', () => {
    expect(errorsOf(null)).toEqual([{ path: '(root)', message: 'profile must be a JSON object' }]);
    expect(errorsOf([])[0].path).toBe('(root)');
  });

  it('rejects wrong types with the path', () => {
    const input = { ...valid(), graduationYear: '2027', needsVisa: 'yes', exams: {} };
    const errors = errorsOf(input);
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'graduationYear', message: 'graduationYear must be a number' },
        { path: 'needsVisa', message: 'needsVisa must be true or false' },
        { path: 'exams', message: 'exams must be a list' },
      ]),
    );
  });

  it('rejects unknown enum values with the path', () => {
    const input = valid();
    input.applicantType = 'DO_ABROAD';
    (input.letters as Record<string, unknown>[])[0].status = 'MAYBE';
    expect(errorsOf(input)).toEqual(
      expect.arrayContaining([
        { path: 'applicantType', message: 'applicantType must be one of US_MD, US_DO, US_IMG, NON_US_IMG' },
        { path: 'letters[0].status', message: 'status must be one of REQUESTED, COMMITTED, SUBMITTED, DECLINED' },
      ]),
    );
  });

  it('rejects missing required fields and unknown keys', () => {
    const input = valid();
    delete input.target;
    input.favouriteColour = 'blue';
    const errors = errorsOf(input);
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['target', '(root)']));
    expect(errors.find((e) => e.path === 'target')?.message).toBe('target is required');
    expect(errors.find((e) => e.path === '(root)')?.message).toMatch(/favouriteColour/);
  });

  it('rejects negative or zero weeks', () => {
    const input = valid();
    (input.rotations as Record<string, unknown>[])[0].weeks = -2;
    expect(errorsOf(input)).toEqual([{ path: 'rotations[0].weeks', message: 'weeks must be at least 1' }]);
    (input.rotations as Record<string, unknown>[])[0].weeks = 0;
    expect(errorsOf(input)[0].path).toBe('rotations[0].weeks');
  });

  it.each([0, 301, -5, 240.5])('rejects score %p', (score) => {
    const input = valid();
    (input.exams as Record<string, unknown>[])[0].score = score;
    expect(errorsOf(input).map((e) => e.path)).toEqual(['exams[0].score']);
  });

  it.each([1, 300])('accepts score %p', (score) => {
    const input = valid();
    (input.exams as Record<string, unknown>[])[0].score = score;
    expect(validateProfile(input).ok).toBe(true);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-04-31', '2025-02-29', '26-01-01', '2026/06/01', ''])('rejects impossible date %p', (date) => {
    const input = valid();
    (input.exams as Record<string, unknown>[])[0].date = date;
    expect(errorsOf(input)).toEqual([{ path: 'exams[0].date', message: 'date must be a real calendar date written YYYY-MM-DD' }]);
  });

  it('accepts 29 February in a leap year', () => {
    const input = valid();
    (input.exams as Record<string, unknown>[])[0].date = '2028-02-29';
    expect(validateProfile(input).ok).toBe(true);
  });

  it('rejects impossible states: a score on a scheduled exam, an outcome on a planned rotation, two passes of one exam', () => {
    const input = valid();
    input.exams = [
      { exam: 'STEP2CK', result: 'SCHEDULED', score: 240 },
      { exam: 'STEP1', result: 'PASS' },
      { exam: 'STEP1', result: 'PASS' },
    ];
    (input.rotations as Record<string, unknown>[])[0].status = 'PLANNED';
    const paths = errorsOf(input).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['exams[0].score', 'exams[2].result', 'rotations[0].outcome']));
  });

  it('reports every error, not only the first', () => {
    const input: Record<string, unknown> = { ...valid(), graduationYear: 1800, previousApplications: -1 };
    (input.rotations as Record<string, unknown>[])[0].weeks = -1;
    expect(errorsOf(input).map((e) => e.path).sort()).toEqual(['graduationYear', 'previousApplications', 'rotations[0].weeks']);
  });
});
