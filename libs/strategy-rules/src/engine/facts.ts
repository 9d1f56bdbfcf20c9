import type { ApplicantProfile } from '../types';
import { type CycleCalendar, type CycleKeys, cycleCalendar, cycleKeys } from './calendar';
import { dateKey } from './dates';

/** IR exposure levels used by the decision framework (seed 001 §Choosing the right IR pathway with low scores). */
export const EXPOSURE = { LIMITED: 0, SOME: 1, STRONG: 2, EXCELLENT: 3 } as const;
export type ExposureLevel = (typeof EXPOSURE)[keyof typeof EXPOSURE];

/**
 * Everything the rules read, derived from the profile in one pass. Rules never walk the profile's
 * arrays themselves: that keeps them short and `recommend` fast.
 */
export interface Facts {
  readonly profile: ApplicantProfile;
  readonly asOf: string;
  readonly asOfYear: number;
  readonly asOfMonth: number;
  /** asOf as YYYYMMDD. */
  readonly asOfKey: number;
  readonly targetIR: boolean;
  readonly isImg: boolean;
  readonly needsVisa: boolean;
  readonly isGraduate: boolean;
  /** The cycle the plan is for: never one whose submission window has closed by asOf. */
  readonly applicationYear: number;
  /** The cycle the profile asked for (or the default), when it had already closed and the plan rolled forward; else null. */
  readonly closedCycle: number | null;
  readonly calendar: CycleCalendar;
  /** The same dates as YYYYMMDD numbers. */
  readonly calendarKeys: CycleKeys;
  /** The degree is in hand by the last Step 3 sitting that can still help this cycle (graduation counts from June). */
  readonly degreeByStep3Sitting: boolean;
  /** Exams whose scheduled date has passed without a result on record: their result is due, they are not upcoming. */
  readonly resultsDue: readonly { exam: 'STEP1' | 'STEP2CK' | 'STEP3'; date: string }[];
  /** Years between graduation and the application year (0 for current students). */
  readonly yearsSinceGraduation: number;
  readonly previousApplications: number;

  readonly step1Taken: number;
  readonly step1Failures: number;
  readonly step1Passed: boolean;
  /** Numeric Step 1 score of the passing attempt (pre pass/fail era), else null. */
  readonly step1Score: number | null;
  readonly step2Taken: number;
  readonly step2Failures: number;
  readonly step2Passed: boolean;
  readonly step2Score: number | null;
  /** Earliest scheduled Step 2 CK date, '' when scheduled without a date, null when none is scheduled. */
  readonly step2Scheduled: string | null;
  /** step2Scheduled as YYYYMMDD; 0 when there is no dated sitting. */
  readonly step2ScheduledKey: number;
  readonly step3Taken: number;
  readonly step3Failures: number;
  readonly step3Passed: boolean;
  readonly step3Score: number | null;
  readonly step3Scheduled: boolean;
  readonly failures: number;
  /** Exams failed and not (yet) passed: a failure only becomes survivable once a pass follows it. */
  readonly unresolvedStep1: boolean;
  readonly unresolvedStep2: boolean;
  readonly unresolvedStep3: boolean;
  readonly unresolvedFailures: number;
  /** More than one sitting (pass or fail) of any one exam. */
  readonly multipleAttempts: boolean;

  /** IR rotations completed without a failing outcome. */
  readonly irRotationsDone: number;
  readonly irRotationsInProgress: number;
  readonly irRotationsPlanned: number;
  readonly irHomeRotations: number;
  readonly irAwayRotations: number;
  /** IR or DR rotations in the US, any status. */
  readonly usRadiologyRotations: number;
  /** IR or DR rotations anywhere, any status. */
  readonly radiologyRotations: number;
  /** Weeks of US clinical experience completed or in progress. */
  readonly usWeeks: number;
  readonly usWeeksPlanned: number;
  /** US medicine or surgery rotations, any status. */
  readonly usMedSurgRotations: number;
  readonly rotationFailures: number;

  readonly irResearchAny: number;
  /** IR items accepted, published or presented. */
  readonly irResearchOutputs: number;
  readonly radiologyResearchAny: number;
  /** IR or DR items accepted, published or presented. */
  readonly radiologyOutputs: number;
  readonly researchAny: number;

  /** Committed or submitted letters. */
  readonly lettersSecured: number;
  readonly irLetters: number;
  readonly irLettersUS: number;
  readonly drLetters: number;
  readonly drLettersUS: number;
  readonly clinicalLetters: number;
  readonly clinicalLettersUS: number;
  /** IR letters asked for, committed or submitted (declined ones excluded): what the student can have by summer. */
  readonly irLettersAsked: number;
  /** Completed IR rotations graded honours or high pass. */
  readonly irRotationsHonours: number;

  /** IR exposure a student can show by summer (completed IR rotations and grades, IR research, IR letters asked for or secured). */
  readonly exposure: ExposureLevel;
}

const NO_RESULTS_DUE: readonly { exam: 'STEP1' | 'STEP2CK' | 'STEP3'; date: string }[] = Object.freeze([]);

function isOutput(status: string): boolean {
  return status === 'ACCEPTED' || status === 'PUBLISHED' || status === 'PRESENTED';
}

export function deriveFacts(profile: ApplicantProfile, asOf: string): Facts {
  const asOfKey = dateKey(asOf);
  const asOfYear = Math.floor(asOfKey / 10000);
  const asOfMonth = Math.floor(asOfKey / 100) % 100;
  const grad = profile.graduationYear;
  const isGraduate = asOfYear > grad || (asOfYear === grad && asOfMonth >= 6);
  // A plan is always for a cycle that has not closed: once a cycle's submission window is over, the plan rolls forward.
  const asked = profile.applicationYear ?? (isGraduate ? asOfYear : grad - 1);
  let applicationYear = asked;
  let keys = cycleKeys(applicationYear);
  while (asOfKey > keys.closes) keys = cycleKeys(++applicationYear);
  const calendar = cycleCalendar(applicationYear);
  const routineRoll = profile.applicationYear === undefined && isGraduate;
  const closedCycle = applicationYear !== asked && !routineRoll ? asked : null;
  const degreeByStep3Sitting = grad * 10000 + 601 <= keys.step3Sitting;
  const yearsSince = applicationYear - grad;
  const isImg = profile.applicantType === 'US_IMG' || profile.applicantType === 'NON_US_IMG';

  let s1t = 0, s1f = 0, s1p = false, s1s: number | null = null;
  let s2t = 0, s2f = 0, s2p = false, s2s: number | null = null, s2sched: string | null = null;
  let s3t = 0, s3f = 0, s3p = false, s3s: number | null = null, s3sched = false;
  let resultsDue: { exam: 'STEP1' | 'STEP2CK' | 'STEP3'; date: string }[] | null = null;
  const exams = profile.exams;
  for (let i = 0; i < exams.length; i++) {
    const e = exams[i];
    if (e.result === 'SCHEDULED' && e.date !== undefined && dateKey(e.date) < asOfKey) {
      // The sitting is behind us: its result is what is missing, it is not an upcoming exam.
      (resultsDue ??= []).push({ exam: e.exam, date: e.date });
      continue;
    }
    const taken = e.result !== 'SCHEDULED';
    const fail = e.result === 'FAIL';
    const pass = e.result === 'PASS';
    const score = pass && e.score !== undefined ? e.score : null;
    if (e.exam === 'STEP2CK') {
      if (taken) s2t++;
      if (fail) s2f++;
      if (pass) s2p = true;
      if (score !== null && (s2s === null || score > s2s)) s2s = score;
      if (!taken) {
        const d = e.date ?? '';
        if (s2sched === null || (d !== '' && (s2sched === '' || d < s2sched))) s2sched = d;
      }
    } else if (e.exam === 'STEP1') {
      if (taken) s1t++;
      if (fail) s1f++;
      if (pass) s1p = true;
      if (score !== null && (s1s === null || score > s1s)) s1s = score;
    } else {
      if (taken) s3t++;
      if (fail) s3f++;
      if (pass) s3p = true;
      if (score !== null && (s3s === null || score > s3s)) s3s = score;
      if (!taken) s3sched = true;
    }
  }

  let irHonours = 0;
  let irDone = 0, irProg = 0, irPlan = 0, irHome = 0, irAway = 0, usRad = 0, rad = 0;
  let usWeeks = 0, usWeeksPlanned = 0, usMedSurg = 0, rotFail = 0;
  const rotations = profile.rotations;
  for (let i = 0; i < rotations.length; i++) {
    const r = rotations[i];
    const failed = r.outcome === 'FAIL';
    if (failed) rotFail++;
    const isRad = r.specialty === 'IR' || r.specialty === 'DR';
    if (isRad) {
      rad++;
      if (r.inUS) usRad++;
    }
    if (r.specialty === 'IR' && !failed) {
      if (r.status === 'COMPLETED') {
        irDone++;
        if (r.outcome === 'HONORS' || r.outcome === 'HIGH_PASS') irHonours++;
      }
      else if (r.status === 'IN_PROGRESS') irProg++;
      else irPlan++;
      if (r.setting === 'HOME') irHome++;
      else irAway++;
    }
    if (r.inUS) {
      if (r.status === 'PLANNED') usWeeksPlanned += r.weeks;
      else usWeeks += r.weeks;
      if (r.specialty === 'IM' || r.specialty === 'SURGERY') usMedSurg++;
    }
  }

  let irAny = 0, irOut = 0, radAny = 0, radOut = 0;
  const research = profile.research;
  for (let i = 0; i < research.length; i++) {
    const r = research[i];
    if (r.field === 'OTHER') continue;
    const out = isOutput(r.status);
    radAny++;
    if (out) radOut++;
    if (r.field === 'IR') {
      irAny++;
      if (out) irOut++;
    }
  }

  let secured = 0, ir = 0, irUS = 0, dr = 0, drUS = 0, clin = 0, clinUS = 0, irAsked = 0;
  const letters = profile.letters;
  for (let i = 0; i < letters.length; i++) {
    const l = letters[i];
    if (l.writerSpecialty === 'IR' && l.status !== 'DECLINED') irAsked++;
    if (l.status !== 'COMMITTED' && l.status !== 'SUBMITTED') continue;
    secured++;
    const s = l.writerSpecialty;
    if (s === 'IR') {
      ir++;
      if (l.writerInUS) irUS++;
    } else if (s === 'DR') {
      dr++;
      if (l.writerInUS) drUS++;
    } else {
      clin++;
      if (l.writerInUS) clinUS++;
    }
  }

  // Exposure is judged from what the student can show by summer, not only from letters already in hand: a completed IR
  // rotation, with either an IR letter asked for (or secured) or an honours/high-pass grade and IR research.
  let exposure: ExposureLevel = EXPOSURE.LIMITED;
  if (irDone >= 1 && irAsked >= 2 && irOut >= 1) exposure = EXPOSURE.EXCELLENT;
  else if (irDone >= 1 && (irAsked >= 1 || (irHonours >= 1 && irAny >= 1))) exposure = EXPOSURE.STRONG;
  else if (irDone + irProg >= 1 || irAsked >= 1 || irAny >= 1) exposure = EXPOSURE.SOME;

  return {
    profile,
    asOf,
    asOfYear,
    asOfMonth,
    asOfKey,
    targetIR: profile.target === 'IR',
    isImg,
    needsVisa: profile.needsVisa ?? profile.applicantType === 'NON_US_IMG',
    isGraduate,
    applicationYear,
    closedCycle,
    calendar,
    calendarKeys: keys,
    degreeByStep3Sitting,
    resultsDue: resultsDue ?? NO_RESULTS_DUE,
    yearsSinceGraduation: yearsSince > 0 ? yearsSince : 0,
    previousApplications: profile.previousApplications ?? 0,
    step1Taken: s1t,
    step1Failures: s1f,
    step1Passed: s1p,
    step1Score: s1s,
    step2Taken: s2t,
    step2Failures: s2f,
    step2Passed: s2p,
    step2Score: s2s,
    step2Scheduled: s2sched,
    step2ScheduledKey: s2sched === null || s2sched === '' ? 0 : dateKey(s2sched),
    step3Taken: s3t,
    step3Failures: s3f,
    step3Passed: s3p,
    step3Score: s3s,
    step3Scheduled: s3sched,
    failures: s1f + s2f + s3f,
    unresolvedStep1: s1f > 0 && !s1p,
    unresolvedStep2: s2f > 0 && !s2p,
    unresolvedStep3: s3f > 0 && !s3p,
    unresolvedFailures: (s1f > 0 && !s1p ? 1 : 0) + (s2f > 0 && !s2p ? 1 : 0) + (s3f > 0 && !s3p ? 1 : 0),
    multipleAttempts: s1t > 1 || s2t > 1 || s3t > 1,
    irRotationsDone: irDone,
    irRotationsInProgress: irProg,
    irRotationsPlanned: irPlan,
    irHomeRotations: irHome,
    irAwayRotations: irAway,
    usRadiologyRotations: usRad,
    radiologyRotations: rad,
    usWeeks,
    usWeeksPlanned,
    usMedSurgRotations: usMedSurg,
    rotationFailures: rotFail,
    irResearchAny: irAny,
    irResearchOutputs: irOut,
    radiologyResearchAny: radAny,
    radiologyOutputs: radOut,
    researchAny: research.length,
    lettersSecured: secured,
    irLetters: ir,
    irLettersUS: irUS,
    drLetters: dr,
    drLettersUS: drUS,
    clinicalLetters: clin,
    clinicalLettersUS: clinUS,
    irLettersAsked: irAsked,
    irRotationsHonours: irHonours,
    exposure,
  };
}
