/**
 * Public types of the strategy-rules engine. Others build on these names: add, never rename.
 */

export type Specialty = 'IR' | 'DR' | 'IM' | 'SURGERY' | 'EM' | 'OTHER';
export type ApplicantType = 'US_MD' | 'US_DO' | 'US_IMG' | 'NON_US_IMG';
export type Target = 'IR' | 'DR';
export type ExamName = 'STEP1' | 'STEP2CK' | 'STEP3';
export type ExamResult = 'PASS' | 'FAIL' | 'SCHEDULED';
export type RotationSetting = 'HOME' | 'AWAY';
export type RotationStatus = 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED';
export type RotationOutcome = 'HONORS' | 'HIGH_PASS' | 'PASS' | 'FAIL';
export type ResearchField = 'IR' | 'DR' | 'OTHER';
export type ResearchKind = 'PUBLICATION' | 'ABSTRACT' | 'POSTER' | 'PRESENTATION' | 'CASE_REPORT' | 'QI' | 'PROJECT';
export type ResearchStatus = 'IN_PROGRESS' | 'SUBMITTED' | 'ACCEPTED' | 'PUBLISHED' | 'PRESENTED';
export type LetterStatus = 'REQUESTED' | 'COMMITTED' | 'SUBMITTED' | 'DECLINED';

export interface ExamAttempt {
  exam: ExamName;
  result: ExamResult;
  /** Three-digit score, 1-300. Step 1 has one only from the numeric era. */
  score?: number;
  /** YYYY-MM-DD: the day taken, or the day scheduled. */
  date?: string;
}

export interface Rotation {
  specialty: Specialty;
  setting: RotationSetting;
  inUS: boolean;
  weeks: number;
  status: RotationStatus;
  outcome?: RotationOutcome;
  /** YYYY-MM-DD, optional. */
  startDate?: string;
  /** YYYY-MM-DD, optional: a completed rotation cannot end after asOf. */
  endDate?: string;
}

export interface ResearchItem {
  field: ResearchField;
  kind: ResearchKind;
  status: ResearchStatus;
}

export interface Letter {
  writerSpecialty: Specialty;
  writerInUS: boolean;
  status: LetterStatus;
}

export interface ApplicantProfile {
  applicantType: ApplicantType;
  target: Target;
  /** Past or expected graduation year. */
  graduationYear: number;
  /** Year applications are submitted; default: graduationYear - 1 for current students, else the next cycle after asOf. */
  applicationYear?: number;
  /** Default: true for NON_US_IMG, false otherwise. */
  needsVisa?: boolean;
  homeProgramHasIR?: boolean;
  /** Earlier unsuccessful match cycles, default 0. */
  previousApplications?: number;
  /** One entry per attempt. */
  exams: ExamAttempt[];
  rotations: Rotation[];
  research: ResearchItem[];
  letters: Letter[];
}

/** Higher rank = more ambitious. */
export type Pathway =
  | 'INTEGRATED_IR'
  | 'DUAL_IR_DR'
  | 'DR_THEN_IR'
  | 'DR'
  | 'DR_WITH_BACKUP'
  | 'STRENGTHEN_THEN_APPLY'
  | 'PRELIM_THEN_REAPPLY'
  | 'ADJACENT_SPECIALTY';

export type Band = 'HIGH' | 'COMPETITIVE' | 'BORDERLINE' | 'LOW' | 'VERY_LOW' | 'UNKNOWN';
export type BandBasis = 'STEP2CK' | 'STEP1' | 'NONE';

/** max null means "or more". */
export interface Range {
  min: number;
  max: number | null;
}

export type BackupSpecialty = 'IM' | 'TY' | 'PRELIM' | 'FM';

export interface ApplicationPlan {
  integratedIR: Range | null;
  diagnosticRadiology: Range | null;
  backup: { specialty: BackupSpecialty; programs: Range } | null;
}

export interface LetterPlan {
  /** Letters to send in total. */
  needed: number;
  /** Of which at least this many from interventional radiologists. */
  fromIR: number;
  /** Of which at least this many from radiologists (DR; for a DR target an IR writer also counts). */
  fromDR: number;
  /** Of which at least this many from clinical (non-radiology) faculty. */
  clinical: number;
  /** Only letters from US faculty count toward the plan. */
  usFacultyRequired: boolean;
  /** Committed and submitted letters that fill a slot of the plan: never more than `needed`; secured + shortfall = needed. */
  secured: number;
  /** Letters of `needed` still missing: needed - secured. */
  shortfall: number;
  /** Committed and submitted letters that fill no slot of the plan (a second letter of one kind, a non-US writer where US faculty is required). */
  extra: number;
}

export type Step3Advice = 'BEFORE_APPLYING' | 'OPTIONAL' | 'AFTER_MATCH' | 'NOT_NEEDED';

export type FlagCode =
  | 'STEP_FAILURE'
  | 'MULTIPLE_ATTEMPTS'
  | 'LOW_STEP2CK'
  | 'STEP2CK_MISSING'
  | 'STEP2CK_LATE'
  | 'OLD_GRADUATE'
  | 'VISA_NEEDED'
  | 'LIMITED_USCE'
  | 'NO_IR_ROTATION'
  | 'LETTER_SHORTFALL'
  | 'NO_RESEARCH'
  | 'REPEAT_APPLICANT'
  // added beyond the list, where the seeds call for them
  | 'LOW_STEP1'
  | 'ROTATION_FAILURE'
  | 'PIVOT_REASONABLE';

export type Severity = 'INFO' | 'WARNING' | 'CRITICAL';
export type Priority = 1 | 2 | 3;

export interface Flag {
  code: FlagCode | string;
  severity: Severity;
  ruleId: string;
  message: string;
}

export interface Action {
  code: string;
  priority: Priority;
  ruleId: string;
  message: string;
  /** YYYY-MM-DD */
  dueBy?: string;
}

export interface Reason {
  ruleId: string;
  source: string;
  message: string;
  /**
   * Pathway reasons only: DECIDING for the one rule that chose the pathway (its message names the student's figures),
   * ALSO_CONSIDERED for pathway rules that were weighed and did not decide. Absent on plan reasons.
   */
  role?: 'DECIDING' | 'ALSO_CONSIDERED';
}

export interface Recommendation {
  rulesVersion: string;
  asOf: string;
  /** The cycle the plan is for (the year applications are submitted): never one whose submission window closed by asOf. */
  applicationCycle: number;
  bands: { ir: Band; dr: Band; basis: BandBasis };
  primaryPathway: Pathway;
  alternatives: Pathway[];
  applications: ApplicationPlan;
  letters: LetterPlan;
  step3: Step3Advice;
  flags: Flag[];
  actions: Action[];
  /** Every rule that shaped the result, with its source. */
  reasons: Reason[];
  /** The one reason that chose the pathway, in one sentence naming the student's figures (also in `reasons`, role DECIDING). */
  decidingReason: Reason;
  /** Set when an advisor chose the pathway (`recommend(profile, { pathway })`): the plan is for that pathway. */
  override: { pathway: Pathway; rulesPathway: Pathway } | null;
}

export interface RecommendOptions {
  /** YYYY-MM-DD; default: today (UTC). */
  asOf?: string;
  /** An advisor's choice: the whole plan is computed for this pathway instead of the rules' own. */
  pathway?: Pathway;
}

export interface ValidateOptions {
  /** YYYY-MM-DD. With it, results and completed rotations dated after this day are refused. */
  asOf?: string;
}

export type RuleTopic =
  | 'bands'
  | 'red-flags'
  | 'pathway'
  | 'applications'
  | 'letters'
  | 'exams'
  | 'rotations'
  | 'research'
  | 'program-selection';

/** One place a rule comes from: an article's title and section heading, or general knowledge said to be so. */
export interface Citation {
  title: string;
  section: string;
  /** True for general knowledge (USMLE rules, the national calendar) rather than one of the articles. */
  general: boolean;
}

/** One entry of the rule catalogue an advisor can browse. */
export interface RuleInfo {
  id: string;
  topic: RuleTopic;
  /** Article title and section heading, e.g. `Step Score Strategy for ... — Target Score Ranges ...`; several joined by "; ". */
  source: string;
  /** The same sources, one entry each. */
  citations: readonly Citation[];
  /** What the rule decides, the figures it uses, and which seed it follows where two differ. */
  summary: string;
}

export type ValidationResult =
  | { ok: true; profile: ApplicantProfile }
  | { ok: false; errors: { path: string; message: string }[] };

export type ChangeDirection = 'UPGRADE' | 'DOWNGRADE';
export type ApplicationField = keyof ApplicationPlan;
export type LetterField = keyof LetterPlan;

export type RecommendationChange =
  | { code: 'RULES_VERSION_CHANGED'; from: string; to: string; message: string }
  | { code: 'CYCLE_CHANGED'; from: number; to: number; message: string }
  | { code: 'PATHWAY_CHANGED'; from: Pathway; to: Pathway; direction: ChangeDirection; message: string }
  | { code: 'ALTERNATIVES_CHANGED'; added: Pathway[]; removed: Pathway[]; message: string }
  | { code: 'BAND_CHANGED'; band: 'ir' | 'dr'; from: Band; to: Band; direction: ChangeDirection | null; message: string }
  | { code: 'BAND_BASIS_CHANGED'; from: BandBasis; to: BandBasis; message: string }
  | {
      code: 'APPLICATIONS_CHANGED';
      field: ApplicationField;
      from: ApplicationPlan[ApplicationField];
      to: ApplicationPlan[ApplicationField];
      message: string;
    }
  | { code: 'LETTERS_CHANGED'; field: LetterField; from: number | boolean; to: number | boolean; message: string }
  | { code: 'STEP3_CHANGED'; from: Step3Advice; to: Step3Advice; message: string }
  | { code: 'FLAG_ADDED'; flag: string; severity: Severity; ruleId: string; message: string }
  | { code: 'FLAG_REMOVED'; flag: string; severity: Severity; ruleId: string; message: string }
  | { code: 'FLAG_SEVERITY_CHANGED'; flag: string; from: Severity; to: Severity; direction: ChangeDirection; message: string }
  | { code: 'ACTION_ADDED'; action: string; ruleId: string; message: string }
  | { code: 'ACTION_REMOVED'; action: string; ruleId: string; message: string }
  | { code: 'ACTION_DUE_CHANGED'; action: string; ruleId: string; from: string | null; to: string | null; message: string };

export type RecommendationChangeCode = RecommendationChange['code'];
