import { PHASE, SEEDS, ruleKit } from '../../engine/define';
import { capBand } from '../../engine/pathways';

const kit = ruleKit({
  id: 'bands.failures',
  topic: 'bands',
  phase: PHASE.BANDS,
  sources: [
    [SEEDS.SCORES_IR, 'Step 2 CK < ~235 or Step 1 fail: "Low Step score match" scenario'],
    [SEEDS.USIMG_DR, 'Clarify where you stand'],
    [SEEDS.IMG_IR, 'What Counts as a "Low" Score?'],
  ],
  summary:
    'Any failed USMLE attempt (Step 1, Step 2 CK or Step 3, per the IMG IR article) caps the IR band at LOW (the Step score article puts a Step 1 fail with scores under 235) ' +
    'and the DR band at BORDERLINE (a red flag that narrows the field, the IMG IR article FAQ 2). Two or more failures make both bands VERY_LOW: the US-citizen IMG radiology article ' +
    'files multiple failures with scores under 210. A failure only becomes survivable once a pass follows it (the Step score article reads a failure as serious ' +
    'yet recoverable once a pass comes after it): a Step 1 or Step 2 CK failed and not yet passed puts both bands at the bottom, VERY_LOW, below any passing score.',
});

const ONE = kit.result('ONE_FAILURE_CAPS_BANDS', 'One failed attempt on record: the IR band cannot be above LOW and the DR band not above BORDERLINE, whatever the score.');
const UNRESOLVED = kit.result('UNRESOLVED_FAILURE_BOTTOM', 'A Step exam is failed and not yet passed: until a pass follows, both bands sit at the bottom, below any passing score.');
const MANY = kit.result('MULTIPLE_FAILURES_VERY_LOW', 'Two or more failed attempts: both bands drop to VERY_LOW, as with a significantly low score.');

export const failuresBand = kit.define((f, d) => {
  if (f.failures === 0) return null;
  if (f.unresolvedStep1 || f.unresolvedStep2) {
    d.irBand = 'VERY_LOW';
    d.drBand = 'VERY_LOW';
    return UNRESOLVED;
  }
  if (f.failures >= 2) {
    d.irBand = 'VERY_LOW';
    d.drBand = 'VERY_LOW';
    return MANY;
  }
  d.irBand = d.irBand === 'UNKNOWN' ? 'LOW' : capBand(d.irBand, 'LOW');
  d.drBand = d.drBand === 'UNKNOWN' ? 'BORDERLINE' : capBand(d.drBand, 'BORDERLINE');
  return ONE;
});
