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
    'Statements follow the applications the plan really contains. With an Integrated IR list and a DR list: an IR statement and a DR statement that ' +
    'values diagnostic radiology in itself, or one balanced statement (the US-citizen IMG IR and IMG IR articles). An IR target with a DR list and no ' +
    'IR list (DR_THEN_IR and below): a DR statement that names the long-term IR interest without making DR a back door (the IMG IR article, pathway B). ' +
    'With a backup specialty next to radiology, a separate statement for it (the US-citizen IMG radiology article).',
});

const IR_DR = kit.action(
  'STATEMENTS_IR_AND_DR',
  2,
  'Write an IR statement about the procedural path and a DR statement that shows real interest in imaging itself, or one balanced statement; never present DR as a back door.',
);
const BACKUP = kit.action('STATEMENT_BACKUP', 2, 'Write a separate statement for the backup specialty that explains sincerely why that training would suit you too.');
const DR_WITH_IR = kit.action(
  'STATEMENT_DR_IR_INTEREST',
  2,
  'Write a DR statement about imaging itself that also names the long-term interest in IR through ESIR or an Independent IR residency, without presenting DR as a detour.',
);
const DR_IR = kit.result('STATEMENT_DR_IR_INTEREST', 'This cycle applies to DR only, so one DR statement that mentions the IR goal.', { actions: [DR_WITH_IR] });
const DR_IR_BACKUP = kit.result('STATEMENTS_DR_IR_BACKUP', 'This cycle applies to DR and a backup specialty.', { actions: [DR_WITH_IR, BACKUP] });
const IR_ONLY = kit.result('STATEMENTS_IR_DR', 'The IR target applies to DR as well, so the statements have to speak to both.', { actions: [IR_DR] });
const IR_BACKUP = kit.result('STATEMENTS_IR_DR_BACKUP', 'The application covers radiology and a backup specialty.', { actions: [IR_DR, BACKUP] });
const DR_BACKUP = kit.result('STATEMENTS_DR_BACKUP', 'The application covers DR and a backup specialty.', { actions: [BACKUP] });

export const personalStatement = kit.define((f, d) => {
  const apps = d.applications;
  if (apps.diagnosticRadiology === null) return null;
  const hasBackup = apps.backup !== null;
  if (apps.integratedIR !== null) return hasBackup ? IR_BACKUP : IR_ONLY;
  if (f.targetIR) return hasBackup ? DR_IR_BACKUP : DR_IR;
  return hasBackup ? DR_BACKUP : null;
});
