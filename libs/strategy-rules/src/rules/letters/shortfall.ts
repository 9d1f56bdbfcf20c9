import { PHASE, SEEDS, ruleKit } from '../../engine/define';
import { longDate, meetable } from '../../engine/deadlines';
import type { Flag } from '../../types';

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
    'Matches committed and submitted letters to the plan: IR slots take IR writers, DR slots take DR writers (and IR writers when the plan has no IR ' +
    'slot), clinical slots take any other specialty; with usFacultyRequired only US writers count. One definition everywhere: secured = letters that ' +
    'fill a slot of the plan (never more than needed), shortfall = needed - secured; other committed letters are counted apart as extra. ' +
    'A shortfall raises LETTER_SHORTFALL (WARNING; CRITICAL from 1 August of the application year) and an action due 1 September, since the MD graduate article ' +
    'warns against late letters once applications open.',
});

const COMPLETE = [0, 1, 2, 3, 4, 5].map((n) => kit.result('LETTERS_COMPLETE', `All ${n} planned letters are secured.`));

/** The words of one kind of shortfall: they depend only on a few small counts, so each is written once and reused. */
interface ShortfallText {
  readonly message: string;
  readonly ask: string;
  readonly warning: readonly Flag[];
  readonly critical: readonly Flag[];
}

const TEXTS = new Map<number, ShortfallText>();

function shortfallText(
  n: number,
  irMissing: number,
  drMissing: number,
  clinicalMissing: number,
  needed: number,
  targetIR: boolean,
  us: boolean,
): ShortfallText {
  // Every count is at most `needed`; plans of 16 letters or more (none today) are written afresh each time.
  const key = needed < 16 ? ((((n * 16 + irMissing) * 16 + drMissing) * 16 + clinicalMissing) * 16 + needed) * 4 + (targetIR ? 2 : 0) + (us ? 1 : 0) : -1;
  const known = TEXTS.get(key);
  if (known !== undefined) return known;
  const missing: string[] = [];
  if (irMissing > 0) missing.push(`${irMissing} from IR`);
  if (drMissing > 0) missing.push(`${drMissing} from ${targetIR ? 'DR' : 'radiology'}`);
  if (clinicalMissing > 0) missing.push(`${clinicalMissing} clinical`);
  const who = missing.join(', ');
  const usNote = us ? ' (US faculty only)' : '';
  const message = `${n} of ${needed} planned letter${needed === 1 ? '' : 's'} still missing${usNote}: ${who}.`;
  const text: ShortfallText = Object.freeze({
    message,
    ask: `Ask for ${n} more letter${n === 1 ? '' : 's'}${usNote}: ${who}. Pick faculty who saw your work closely and give each a CV, a statement draft and a short list of shared cases.`,
    warning: Object.freeze([Object.freeze(kit.flag('LETTER_SHORTFALL', 'WARNING', message))]),
    critical: Object.freeze([Object.freeze(kit.flag('LETTER_SHORTFALL', 'CRITICAL', message))]),
  });
  if (key >= 0) TEXTS.set(key, text);
  return text;
}

export const lettersShortfall = kit.define((f, d) => {
  const l = d.letters;
  const us = l.usFacultyRequired;
  const ir = us ? f.irLettersUS : f.irLetters;
  const dr = us ? f.drLettersUS : f.drLetters;
  const clin = us ? f.clinicalLettersUS : f.clinicalLetters;
  const irFill = ir < l.fromIR ? ir : l.fromIR;
  // IR writers fill radiology slots when the plan has no IR slot of its own (a DR target, a preliminary year).
  const radiologyPool = l.fromIR > 0 ? dr : dr + ir - irFill;
  const drFill = radiologyPool < l.fromDR ? radiologyPool : l.fromDR;
  const clinFill = clin < l.clinical ? clin : l.clinical;
  const shortfall = l.needed - irFill - drFill - clinFill;
  l.shortfall = shortfall > 0 ? shortfall : 0;
  l.secured = l.needed - l.shortfall;
  l.extra = f.lettersSecured - l.secured;
  if (l.shortfall === 0) return l.needed < COMPLETE.length ? COMPLETE[l.needed] : kit.dynamic('LETTERS_COMPLETE', `All ${l.needed} planned letters are secured.`);

  const text = shortfallText(l.shortfall, l.fromIR - irFill, l.fromDR - drFill, l.clinical - clinFill, l.needed, f.targetIR, us);
  const year = f.applicationYear;
  const cal = f.calendar;
  const late = f.asOfKey >= year * 10000 + 801;
  if (f.asOfKey <= f.calendarKeys.lettersBy) {
    return kit.dynamic('LETTER_SHORTFALL', text.message, late ? text.critical : text.warning, [kit.action('SECURE_LETTERS', 1, text.ask, cal.lettersBy)]);
  }
  // The 1 September date has passed: say what that costs, and give the next date that can still be met.
  const due = meetable(f, [cal.programsReview, cal.submissionWindowCloses]);
  const fact = `${text.message} The ${longDate(cal.lettersBy)} date has passed: files without their letters get fewer interview invitations once programs start reviewing.`;
  return kit.dynamic('LETTER_SHORTFALL', fact, [kit.flag('LETTER_SHORTFALL', 'CRITICAL', fact)], [kit.action('SECURE_LETTERS', 1, text.ask, due)]);
});
