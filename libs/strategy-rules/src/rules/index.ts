import { type Rule } from '../engine/define';
import { applicationCycle } from './applications/cycle';
import { diagnosticRadiologyApplications } from './applications/diagnostic-radiology';
import { backupApplications } from './applications/backup';
import { integratedIrApplications } from './applications/integrated-ir';
import { personalStatement } from './applications/personal-statement';
import { drStep2ckBand } from './bands/dr-step2ck-band';
import { failuresBand } from './bands/failures';
import { irStep2ckBand } from './bands/ir-step2ck-band';
import { step1Numeric } from './bands/step1-numeric';
import { step2ckTarget } from './exams/step2ck-target';
import { step2ckTiming } from './exams/step2ck-timing';
import { resultsDue } from './exams/results-due';
import { step3 } from './exams/step3';
import { drTargetLetters } from './letters/dr-target';
import { irTargetLetters } from './letters/ir-target';
import { otherPlanLetters } from './letters/other-plans';
import { lettersShortfall } from './letters/shortfall';
import { drFeasibility } from './pathway/dr-feasibility';
import { drTarget } from './pathway/dr-target';
import { irFramework } from './pathway/ir-framework';
import { nonUsImgPathwayC } from './pathway/non-us-img-pathway-c';
import { nonUsImgTiers } from './pathway/non-us-img-tiers';
import { pivot } from './pathway/pivot';
import { reapply } from './pathway/reapply';
import { unresolvedFailure } from './pathway/unresolved-failure';
import { usImgDual } from './pathway/us-img-dual';
import { drList } from './program-selection/dr-list';
import { geography } from './program-selection/geography';
import { integratedIrList } from './program-selection/integrated-ir-list';
import { networking } from './program-selection/networking';
import { ranking } from './program-selection/ranking';
import { lowStep1 } from './red-flags/low-step1';
import { lowStep2ck } from './red-flags/low-step2ck';
import { multipleAttempts } from './red-flags/multiple-attempts';
import { oldGraduate } from './red-flags/old-graduate';
import { repeatApplicant } from './red-flags/repeat-applicant';
import { stepFailure } from './red-flags/step-failure';
import { visa } from './red-flags/visa';
import { radiologyScholarship } from './research/radiology-scholarship';
import { irScholarship } from './research/ir-scholarship';
import { researchYear } from './research/research-year';
import { drElectives } from './rotations/dr-electives';
import { irHomeAway } from './rotations/ir-home-away';
import { rotationOutcomes } from './rotations/outcomes';
import { usce } from './rotations/usce';

/**
 * Every rule, in evaluation order: bands, red flags, pathway, then the plan that depends on the pathway.
 * Within the plan, backup runs before the personal statement and the letter plans before the shortfall.
 */
export const RULE_LIST: readonly Rule[] = Object.freeze([
  // bands
  irStep2ckBand,
  drStep2ckBand,
  step1Numeric,
  failuresBand,
  // red flags
  stepFailure,
  multipleAttempts,
  lowStep2ck,
  lowStep1,
  oldGraduate,
  visa,
  repeatApplicant,
  // pathway
  unresolvedFailure,
  irFramework,
  drTarget,
  drFeasibility,
  usImgDual,
  nonUsImgTiers,
  nonUsImgPathwayC,
  reapply,
  pivot,
  // applications
  applicationCycle,
  integratedIrApplications,
  diagnosticRadiologyApplications,
  backupApplications,
  personalStatement,
  // letters
  irTargetLetters,
  drTargetLetters,
  otherPlanLetters,
  lettersShortfall,
  // exams
  resultsDue,
  step2ckTiming,
  step2ckTarget,
  step3,
  // rotations and clinical experience
  irHomeAway,
  usce,
  drElectives,
  rotationOutcomes,
  // research
  irScholarship,
  radiologyScholarship,
  researchYear,
  // program selection
  integratedIrList,
  drList,
  geography,
  ranking,
  networking,
]);

function checkRegistry(rules: readonly Rule[]): void {
  const seen = new Set<string>();
  let phase = -1;
  for (const rule of rules) {
    if (seen.has(rule.id)) throw new Error(`Duplicate rule id ${rule.id}`);
    seen.add(rule.id);
    if (rule.phase < phase) throw new Error(`Rule ${rule.id} is out of phase order`);
    phase = rule.phase;
  }
}
checkRegistry(RULE_LIST);
