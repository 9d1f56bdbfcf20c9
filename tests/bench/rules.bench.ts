/**
 * npm run bench:rules
 *
 * Evaluates 100,000 generated profiles with `recommend` and, on the same profiles in the same run, a JSON round trip
 * (`JSON.parse(JSON.stringify(profile))`) as the yardstick. Prints evaluations per second and the ratio.
 * Targets (issue 3): at least 200,000 evaluations/s on one core, and no slower than the JSON round trip.
 * Timings are printed, never asserted.
 */
import { performance } from 'node:perf_hooks';
import { recommend, validateProfile } from '../../libs/strategy-rules/src/index';
import type { ApplicantProfile, ExamAttempt, Letter, ResearchItem, Rotation } from '../../libs/strategy-rules/src/index';

const COUNT = 100_000;
const ROUNDS = 7;
const SEED = 20261122;
const AS_OF = '2026-07-01';

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(count: number, seed: number): ApplicantProfile[] {
  const r = rng(seed);
  const int = (min: number, max: number) => min + Math.floor(r() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)];
  const specialties = ['IR', 'DR', 'IM', 'SURGERY', 'EM', 'OTHER'] as const;
  const out: ApplicantProfile[] = [];
  for (let n = 0; n < count; n++) {
    const exams: ExamAttempt[] = [];
    if (r() < 0.1) exams.push({ exam: 'STEP1', result: 'FAIL', date: '2024-05-02' });
    exams.push(r() < 0.2 ? { exam: 'STEP1', result: 'PASS', score: int(200, 260) } : { exam: 'STEP1', result: 'PASS' });
    if (r() < 0.08) exams.push({ exam: 'STEP2CK', result: 'FAIL' });
    const s2 = r();
    // Passing scores respect the minimum in force on the test day (218 for Step 2 CK since 1 July 2025).
    if (s2 < 0.8) exams.push({ exam: 'STEP2CK', result: 'PASS', score: int(218, 275), date: '2026-06-15' });
    else if (s2 < 0.95) exams.push({ exam: 'STEP2CK', result: 'SCHEDULED', date: pick(['2026-07-10', '2026-08-20', '2026-09-05', '2026-09-30']) });
    if (r() < 0.1) exams.push(r() < 0.85 ? { exam: 'STEP3', result: 'PASS', score: int(200, 250) } : { exam: 'STEP3', result: 'FAIL', score: int(180, 199) });
    const rotations: Rotation[] = [];
    for (let i = int(0, 5); i > 0; i--) {
      const status = pick(['PLANNED', 'IN_PROGRESS', 'COMPLETED'] as const);
      const rot: Rotation = { specialty: pick(specialties), setting: pick(['HOME', 'AWAY'] as const), inUS: r() < 0.7, weeks: int(2, 8), status };
      if (status === 'COMPLETED') rot.outcome = pick(['HONORS', 'HIGH_PASS', 'PASS', 'PASS', 'FAIL'] as const);
      rotations.push(rot);
    }
    const research: ResearchItem[] = [];
    for (let i = int(0, 4); i > 0; i--) {
      research.push({
        field: pick(['IR', 'DR', 'OTHER'] as const),
        kind: pick(['PUBLICATION', 'ABSTRACT', 'POSTER', 'PRESENTATION', 'CASE_REPORT', 'QI', 'PROJECT'] as const),
        status: pick(['IN_PROGRESS', 'SUBMITTED', 'ACCEPTED', 'PUBLISHED', 'PRESENTED'] as const),
      });
    }
    const letters: Letter[] = [];
    for (let i = int(0, 4); i > 0; i--) {
      letters.push({ writerSpecialty: pick(specialties), writerInUS: r() < 0.8, status: pick(['REQUESTED', 'COMMITTED', 'SUBMITTED', 'DECLINED'] as const) });
    }
    const p: ApplicantProfile = {
      applicantType: pick(['US_MD', 'US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG'] as const),
      target: r() < 0.7 ? 'IR' : 'DR',
      graduationYear: int(2018, 2028),
      homeProgramHasIR: r() < 0.6,
      previousApplications: r() < 0.85 ? 0 : int(1, 3),
      exams,
      rotations,
      research,
      letters,
    };
    out.push(p);
  }
  return out;
}

function timeRecommend(profiles: readonly ApplicantProfile[]): { ms: number; sink: number } {
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < profiles.length; i++) sink += recommend(profiles[i], { asOf: AS_OF }).reasons.length;
  return { ms: performance.now() - start, sink };
}

function timeJson(profiles: readonly ApplicantProfile[]): { ms: number; sink: number } {
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < profiles.length; i++) sink += (JSON.parse(JSON.stringify(profiles[i])) as ApplicantProfile).exams.length;
  return { ms: performance.now() - start, sink };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function main(): void {
  const profiles = generate(COUNT, SEED);
  const invalid = profiles.findIndex((p) => !validateProfile(p).ok);
  if (invalid >= 0) throw new Error(`generator produced an invalid profile at ${invalid}`);

  // Warm up both paths so the JIT has seen them before timing.
  timeRecommend(profiles.slice(0, 20_000));
  timeJson(profiles.slice(0, 20_000));

  const rec: number[] = [];
  const json: number[] = [];
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const a = timeRecommend(profiles);
    const b = timeJson(profiles);
    rec.push(a.ms);
    json.push(b.ms);
    sink += a.sink + b.sink;
  }
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  const perSec = (ms: number) => (COUNT / ms) * 1000;
  const line = (label: string, recMs: number, jsonMs: number) => {
    const ratio = perSec(recMs) / perSec(jsonMs);
    console.log(
      `  ${label.padEnd(8)} recommend ${fmt(perSec(recMs)).padStart(9)} evals/s (${((recMs / COUNT) * 1000).toFixed(2)} µs)` +
        `   JSON round trip ${fmt(perSec(jsonMs)).padStart(9)} /s (${((jsonMs / COUNT) * 1000).toFixed(2)} µs)   ratio ${ratio.toFixed(2)}x`,
    );
    return { recPerSec: perSec(recMs), ratio };
  };

  console.log(`strategy-rules bench: ${fmt(COUNT)} generated profiles (seed ${SEED}), asOf ${AS_OF}, ${ROUNDS} rounds, node ${process.version}`);
  // Each round times recommend and then the JSON round trip on the same profiles; "best" is the fastest round of each,
  // which filters out interference from other processes on a shared machine, "median" is the typical round.
  const best = line('best', Math.min(...rec), Math.min(...json));
  line('median', median(rec), median(json));
  console.log(
    `  targets  >= 200,000 evals/s on one core: ${best.recPerSec >= 200_000 ? 'met' : 'NOT met'};` +
      ` no slower than the JSON round trip (ratio >= 1.00): ${best.ratio >= 1 ? 'met' : 'NOT met'}`,
  );
  if (sink === 0) console.log('(sink)');
}

main();
