/**
 * Property tests (fast-check): validity, determinism, monotonicity of the pathway, and traceability of every output.
 */
import fc from 'fast-check';
import { PATHWAY_RANK, RULES, recommend, validateProfile } from '../index';
import type { ApplicantProfile, ExamAttempt } from '../types';
import { asOfArb, dateArb, letterArb, profileArb, researchArb, rotationArb, withStep2 } from '../testing/arbitraries';
import { assertValidRecommendation } from '../testing/builders';

const RUNS = { numRuns: 400 };
const rank = (p: ApplicantProfile, asOf: string) => PATHWAY_RANK[recommend(p, { asOf }).primaryPathway];
const ids = new Set(RULES.map((r) => r.id));
const sources = new Map(RULES.map((r) => [r.id, r.source]));

describe('recommend: properties', () => {
  it('generated profiles are valid input', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const v = validateProfile(p);
        if (!v.ok) throw new Error(JSON.stringify(v.errors));
      }),
      RUNS,
    );
  });

  it('always returns a valid recommendation, deterministically, without touching the profile', () => {
    fc.assert(
      fc.property(profileArb, asOfArb, (p, asOf) => {
        const snapshot = JSON.stringify(p);
        const rec = recommend(p, { asOf });
        assertValidRecommendation(rec);
        expect(recommend(JSON.parse(snapshot) as ApplicantProfile, { asOf })).toEqual(rec);
        expect(JSON.parse(JSON.stringify(rec))).toEqual(rec);
        expect(JSON.stringify(p)).toBe(snapshot);
      }),
      RUNS,
    );
  });

  it('every flag, action and reason names an existing rule, and every reason carries that rule\'s source', () => {
    fc.assert(
      fc.property(profileArb, asOfArb, (p, asOf) => {
        const rec = recommend(p, { asOf });
        for (const f of rec.flags) expect(ids.has(f.ruleId)).toBe(true);
        for (const a of rec.actions) expect(ids.has(a.ruleId)).toBe(true);
        for (const r of rec.reasons) {
          expect(ids.has(r.ruleId)).toBe(true);
          expect(r.source.length).toBeGreaterThan(0);
          expect(r.source).toBe(sources.get(r.ruleId));
        }
      }),
      RUNS,
    );
  });

  it('a higher Step 2 CK score never lowers the pathway', () => {
    fc.assert(
      fc.property(profileArb, asOfArb, fc.integer({ min: 180, max: 299 }), fc.integer({ min: 1, max: 60 }), (p, asOf, low, delta) => {
        const high = Math.min(300, low + delta);
        expect(rank(withStep2(p, high), asOf)).toBeGreaterThanOrEqual(rank(withStep2(p, low), asOf));
      }),
      RUNS,
    );
  });

  it('an added committed IR letter never lowers the pathway', () => {
    fc.assert(
      fc.property(profileArb, asOfArb, fc.boolean(), (p, asOf, inUS) => {
        const more = { ...p, letters: [...p.letters, { writerSpecialty: 'IR' as const, writerInUS: inUS, status: 'COMMITTED' as const }] };
        expect(rank(more, asOf)).toBeGreaterThanOrEqual(rank(p, asOf));
      }),
      RUNS,
    );
  });

  it('an added IR publication never lowers the pathway', () => {
    fc.assert(
      fc.property(profileArb, asOfArb, researchArb, (p, asOf, item) => {
        const more = { ...p, research: [...p.research, { ...item, field: 'IR' as const, kind: 'PUBLICATION' as const }] };
        expect(rank(more, asOf)).toBeGreaterThanOrEqual(rank(p, asOf));
      }),
      RUNS,
    );
  });

  it('a completed IR rotation never lowers the pathway, whatever its outcome', () => {
    fc.assert(
      fc.property(profileArb, asOfArb, rotationArb, (p, asOf, r) => {
        const more = { ...p, rotations: [...p.rotations, { ...r, specialty: 'IR' as const, status: 'COMPLETED' as const }] };
        expect(rank(more, asOf)).toBeGreaterThanOrEqual(rank(p, asOf));
      }),
      RUNS,
    );
  });

  it('an added failure never raises the pathway', () => {
    const failureArb: fc.Arbitrary<ExamAttempt> = fc.record({
      exam: fc.constantFrom('STEP1', 'STEP2CK', 'STEP3' as const),
      result: fc.constant('FAIL' as const),
      date: dateArb,
    });
    fc.assert(
      fc.property(profileArb, asOfArb, failureArb, (p, asOf, failure) => {
        const more = { ...p, exams: [...p.exams, failure] };
        expect(rank(more, asOf)).toBeLessThanOrEqual(rank(p, asOf));
      }),
      RUNS,
    );
  });

  it('more letters never increase the shortfall', () => {
    fc.assert(
      fc.property(profileArb, asOfArb, letterArb, (p, asOf, l) => {
        const before = recommend(p, { asOf }).letters.shortfall;
        const after = recommend({ ...p, letters: [...p.letters, l] }, { asOf }).letters.shortfall;
        expect(after).toBeLessThanOrEqual(before);
      }),
      RUNS,
    );
  });
});
