import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'flags.visa',
  topic: 'red-flags',
  phase: PHASE.FLAGS,
  sources: [
    [SEEDS.IMG_IR, '2. Consider Taking Step 3 Before Application'],
    [SEEDS.USIMG_DR, 'Advantage and disadvantage as a US citizen IMG'],
    [SEEDS.USIMG_IR, 'A. Know Your Structural Advantages and Disadvantages'],
  ],
  summary:
    'needsVisa (default: true for non-US IMGs) raises VISA_NEEDED as a WARNING: sponsorship (J-1 or H-1B) narrows the programs that can take the applicant; ' +
    'Step 3 advice for H-1B is in exams.step3. For a US-citizen IMG with no visa need, the US-citizen IMG radiology article and the US-citizen IMG IR article call that a real advantage: the action says to make it visible.',
});

const VISA = kit.result('VISA_NEEDED', 'The applicant needs visa sponsorship.', {
  flags: [kit.flag('VISA_NEEDED', 'WARNING', 'Needs visa sponsorship (J-1 or H-1B): only programs that sponsor can rank the applicant.')],
});
const NO_VISA = kit.result('NO_VISA_ADVANTAGE', 'A US-citizen IMG needs no visa: one administrative barrier fewer than other IMGs.', {
  actions: [kit.action('STATE_NO_VISA', 3, 'Make citizenship visible in ERAS and interviews: no sponsorship, on-time start and simple onboarding are practical advantages.')],
});

export const visa = kit.define((f) => {
  if (f.needsVisa) return VISA;
  return f.profile.applicantType === 'US_IMG' ? NO_VISA : null;
});
