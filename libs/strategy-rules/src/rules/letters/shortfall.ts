import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'letters.shortfall',
  topic: 'letters',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.MD_IR, 'Letters of recommendation: Your most powerful asset'],
    [SEEDS.MD_IR, 'ERAS strategy with low scores'],
    [SEEDS.USIMG_DR, '4. Obtain high-impact letters of recommendation'],
  ],
  summary:
    'Counts committed and submitted letters (secured) and matches them to the plan: IR slots take IR writers, DR slots take DR writers (and IR ' +
    'writers for a DR target), clinical slots take any other specialty; with usFacultyRequired only US writers count. The rest is the shortfall. ' +
    'A shortfall raises LETTER_SHORTFALL (WARNING; CRITICAL from 1 August of the application year) and an action due 1 September, since seed 001 ' +
    'warns against late letters once applications open.',
});

const COMPLETE = [0, 1, 2, 3, 4, 5].map((n) => kit.result('LETTERS_COMPLETE', `All ${n} planned letters are secured.`));

export const lettersShortfall = kit.define((f, d) => {
  const l = d.letters;
  l.secured = f.lettersSecured;
  const us = l.usFacultyRequired;
  const ir = us ? f.irLettersUS : f.irLetters;
  const dr = us ? f.drLettersUS : f.drLetters;
  const clin = us ? f.clinicalLettersUS : f.clinicalLetters;
  const irFill = ir < l.fromIR ? ir : l.fromIR;
  const radiologyPool = f.targetIR ? dr : dr + ir;
  const drFill = radiologyPool < l.fromDR ? radiologyPool : l.fromDR;
  const clinFill = clin < l.clinical ? clin : l.clinical;
  const shortfall = l.needed - irFill - drFill - clinFill;
  l.shortfall = shortfall > 0 ? shortfall : 0;
  if (l.shortfall === 0) return l.needed < COMPLETE.length ? COMPLETE[l.needed] : kit.dynamic('LETTERS_COMPLETE', `All ${l.needed} planned letters are secured.`);

  const missing: string[] = [];
  if (l.fromIR > irFill) missing.push(`${l.fromIR - irFill} from IR`);
  if (l.fromDR > drFill) missing.push(`${l.fromDR - drFill} from ${f.targetIR ? 'DR' : 'radiology'}`);
  if (l.clinical > clinFill) missing.push(`${l.clinical - clinFill} clinical`);
  const who = missing.join(', ');
  const usNote = us ? ' (US faculty only)' : '';
  const year = f.applicationYear;
  const late = f.asOfKey >= year * 10000 + 801;
  const n = l.shortfall;
  const message = `${n} of ${l.needed} planned letter${l.needed === 1 ? '' : 's'} still missing${usNote}: ${who}.`;
  return kit.dynamic(
    'LETTER_SHORTFALL',
    message,
    [kit.flag('LETTER_SHORTFALL', late ? 'CRITICAL' : 'WARNING', message)],
    [
      kit.action(
        'SECURE_LETTERS',
        1,
        `Ask for ${n} more letter${n === 1 ? '' : 's'}${usNote}: ${who}. Pick faculty who saw your work closely and give each a CV, a statement draft and a short list of shared cases.`,
        `${year}-09-01`,
      ),
    ],
  );
});
