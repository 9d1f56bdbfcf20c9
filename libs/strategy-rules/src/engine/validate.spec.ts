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

  it.each([
    ['FAIL', 1],
    ['PASS', 300],
  ])('accepts a %s with score %p (the ends of the 1-300 scale)', (result, score) => {
    const input = valid();
    (input.exams as Record<string, unknown>[])[0].result = result;
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

  describe('USMLE reality', () => {
    const withExams = (exams: unknown[], extra: Record<string, unknown> = {}) => ({ ...valid(), exams, ...extra });

    it.each<[string, number, string, boolean]>([
      ['STEP2CK', 216, '2025-06-30', true],
      ['STEP2CK', 216, '2025-07-01', false],
      ['STEP2CK', 218, '2025-07-01', true],
      ['STEP2CK', 212, '2022-06-30', true],
      ['STEP2CK', 212, '2022-07-01', false],
      ['STEP3', 199, '2023-12-31', true],
      ['STEP3', 199, '2024-01-01', false],
      ['STEP1', 195, '2021-06-01', true],
      ['STEP1', 193, '2021-06-01', false],
    ])('a %s pass of %i on %s is %s against the minimum in force that day', (exam, score, date, ok) => {
      const result = validateProfile(withExams([{ exam, result: 'PASS', score, date }]));
      expect(result.ok).toBe(ok);
      if (!result.ok) expect(result.errors).toEqual([{ path: 'exams[0].score', message: expect.stringMatching(/below the minimum passing score/) }]);
    });

    it('refuses a fail at or above the minimum passing score', () => {
      expect(errorsOf(withExams([{ exam: 'STEP2CK', result: 'FAIL', score: 230, date: '2026-06-01' }]))).toEqual([
        { path: 'exams[0].score', message: 'a failing Step 2 CK score must be below the minimum passing score of 218 in force on that date' },
      ]);
      expect(validateProfile(withExams([{ exam: 'STEP2CK', result: 'FAIL', score: 217, date: '2026-06-01' }])).ok).toBe(true);
      // Without a date: a fail is refused only at or above the highest minimum ever in force (218).
      expect(errorsOf(withExams([{ exam: 'STEP2CK', result: 'FAIL', score: 218 }]))[0].path).toBe('exams[0].score');
    });

    it('refuses a numeric Step 1 taken on or after 26 January 2022 (pass/fail since then)', () => {
      expect(errorsOf(withExams([{ exam: 'STEP1', result: 'PASS', score: 240, date: '2022-01-26' }]))).toEqual([
        { path: 'exams[0].score', message: expect.stringMatching(/pass or fail only since 26 January 2022/) },
      ]);
      expect(validateProfile(withExams([{ exam: 'STEP1', result: 'PASS', score: 240, date: '2022-01-25' }])).ok).toBe(true);
      expect(validateProfile(withExams([{ exam: 'STEP1', result: 'PASS', date: '2024-05-01' }])).ok).toBe(true);
    });

    it('refuses a fifth attempt at one Step', () => {
      const fails = [1, 2, 3, 4].map(() => ({ exam: 'STEP2CK', result: 'FAIL' }));
      expect(errorsOf(withExams([...fails, { exam: 'STEP2CK', result: 'SCHEDULED' }]))).toEqual([
        { path: 'exams[4].exam', message: 'USMLE allows at most 4 attempts at Step 2 CK; this is attempt 5' },
      ]);
      expect(validateProfile(withExams([...fails.slice(1), { exam: 'STEP2CK', result: 'PASS', score: 230 }])).ok).toBe(true);
    });

    it('with asOf: refuses a result dated after it and a completed rotation ending after it, by field path', () => {
      const input = withExams([{ exam: 'STEP2CK', result: 'PASS', score: 240, date: '2026-12-01' }], {
        rotations: [{ specialty: 'IR', setting: 'HOME', inUS: true, weeks: 4, status: 'COMPLETED', outcome: 'HONORS', endDate: '2026-12-20' }],
      });
      expect(validateProfile(input).ok).toBe(true);
      expect(validateProfile(input, { asOf: '2026-11-29' })).toEqual({
        ok: false,
        errors: [
          { path: 'exams[0].date', message: 'a passed result cannot be dated after 2026-11-29' },
          { path: 'rotations[0].endDate', message: 'a completed rotation cannot end after 2026-11-29' },
        ],
      });
      expect(validateProfile(input, { asOf: '2026-12-20' }).ok).toBe(true);
    });

    it('refuses a rotation that ends before it starts, and an invalid asOf', () => {
      const input = { ...valid(), rotations: [{ specialty: 'DR', setting: 'AWAY', inUS: true, weeks: 4, status: 'PLANNED', startDate: '2027-03-01', endDate: '2027-02-01' }] };
      expect(errorsOf(input)).toEqual([{ path: 'rotations[0].endDate', message: 'a rotation cannot end before it starts' }]);
      expect(() => validateProfile(valid(), { asOf: '2026-02-30' })).toThrow(RangeError);
    });
  });
});
