import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'applications.personal-statement',
  topic: 'applications',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.USIMG_IR, 'B. Personal Statement Strategy: IR vs DR'],
    [SEEDS.IMG_IR, '2. Signaling IR Interest Without Seeming Unrealistic'],
    [SEEDS.USIMG_DR, 'Decide on a backup specialty or dual-apply strategy'],
  ],
  summary:
    'When an IR target also applies to DR (INTEGRATED_IR, DUAL_IR_DR, DR_THEN_IR), the DR statement must value diagnostic radiology in itself: ' +
    'two statements, or one balanced one (seeds 004 and 000). With a backup specialty, a separate statement for it (seed 002).',
});

const IR_DR = kit.action(
  'STATEMENTS_IR_AND_DR',
  2,
  'Write an IR statement about the procedural path and a DR statement that shows real interest in imaging itself, or one balanced statement; never present DR as a back door.',
);
const BACKUP = kit.action('STATEMENT_BACKUP', 2, 'Write a separate statement for the backup specialty that explains sincerely why that training would suit you too.');
const IR_ONLY = kit.result('STATEMENTS_IR_DR', 'The IR target applies to DR as well, so the statements have to speak to both.', { actions: [IR_DR] });
const IR_BACKUP = kit.result('STATEMENTS_IR_DR_BACKUP', 'The application covers radiology and a backup specialty.', { actions: [IR_DR, BACKUP] });
const DR_BACKUP = kit.result('STATEMENTS_DR_BACKUP', 'The application covers DR and a backup specialty.', { actions: [BACKUP] });

export const personalStatement = kit.define((f, d) => {
  const p = d.primary;
  const hasBackup = d.applications.backup !== null && p !== 'PRELIM_THEN_REAPPLY';
  const irAndDr = f.targetIR && (p === 'INTEGRATED_IR' || p === 'DUAL_IR_DR' || p === 'DR_THEN_IR');
  if (irAndDr) return hasBackup ? IR_BACKUP : IR_ONLY;
  return hasBackup ? DR_BACKUP : null;
});
