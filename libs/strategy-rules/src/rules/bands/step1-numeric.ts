import { PHASE, SEEDS, ruleKit } from '../../engine/define';
import { capBand } from '../../engine/pathways';

const kit = ruleKit({
  id: 'bands.step1.numeric',
  topic: 'bands',
  phase: PHASE.BANDS,
  sources: [
    [SEEDS.IMG_IR, 'What Counts as a "Low" Score?'],
    [SEEDS.SCORES_IR, 'Understanding Step Scores in Interventional Radiology'],
    [SEEDS.IMG_IR, '1. Crush Step 2 CK'],
  ],
  summary:
    'A numeric Step 1 (older score reports) sets the bands only when there is no Step 2 CK score: IR under 220 VERY_LOW, 220-229 LOW, 230+ BORDERLINE; ' +
    'DR under 220 LOW, 220+ BORDERLINE. The IMG IR article calls Step 1 under about 225-230 low for IR; we use the upper end (230). The Step score article recalls ' +
    'Step 1 screens of 220-230, so under 220 fails even the mildest screen. A numeric Step 1 of 230 or more with no Step 2 CK yet leaves the bands ' +
    'open, exactly as a plain pass would: a good number can help or be neutral, never count against the student. ' +
    'With a Step 2 CK score, a Step 1 under 230 only caps the IR band at COMPETITIVE: the IMG IR article says a strong Step 2 CK offsets a weak Step 1 partly, not fully.',
});

const IR_VERY_LOW = kit.result('STEP1_BASIS_VERY_LOW', 'No Step 2 CK yet; the numeric Step 1 under 220 falls below even the mildest historical screen, so both bands start low.');
const IR_LOW = kit.result('STEP1_BASIS_LOW', 'No Step 2 CK yet; a numeric Step 1 of 220-229 reads as low for IR and borderline for DR until Step 2 CK arrives.');
const NOT_LOW = kit.result('STEP1_NOT_LOW', 'No Step 2 CK yet; the numeric Step 1 of 230 or more is not low, so the plan stays as open as with a plain pass until Step 2 CK decides.');
const CAP = kit.result('STEP1_CAPS_IR', 'A numeric Step 1 under 230 keeps the IR band below HIGH: a strong Step 2 CK offsets it only in part.');

export const step1Numeric = kit.define((f, d) => {
  const s = f.step1Score;
  if (s === null) return null;
  if (f.step2Score !== null) {
    if (s < 230 && d.irBand === 'HIGH') {
      d.irBand = capBand(d.irBand, 'COMPETITIVE');
      return CAP;
    }
    return null;
  }
  if (s >= 230) return NOT_LOW;
  d.basis = 'STEP1';
  if (s < 220) {
    d.irBand = 'VERY_LOW';
    d.drBand = 'LOW';
    return IR_VERY_LOW;
  }
  if (s < 230) {
    d.irBand = 'LOW';
    d.drBand = 'BORDERLINE';
    return IR_LOW;
  }
  return NOT_LOW;
});
