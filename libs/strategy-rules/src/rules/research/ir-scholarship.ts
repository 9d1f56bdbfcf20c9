import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'research.ir',
  topic: 'research',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.SCORES_IR, '2. Interventional Radiology-specific commitment'],
    [SEEDS.USIMG_IR, 'A. IR Research: Depth Beats Volume, But You Need Both'],
    [SEEDS.IMG_IR, '1. IR-Focused Research and Scholarly Work'],
    [SEEDS.MD_IR, 'Research and scholarly work: Targeted and realistic'],
  ],
  summary:
    'IR target. No IR or DR research at all: NO_RESEARCH (WARNING; the IMG IR article calls research close to essential for IMGs with low scores). ' +
    'No IR item accepted, published or presented yet: action for at least one IR abstract, poster or case report presented at SIR or a regional ' +
    'meeting (the Step score article; the US-citizen IMG IR article asks for 1-2 substantive projects with one publication or abstract). IMGs are pointed to remote work with US IR faculty. Not on ADJACENT_SPECIALTY, which leaves radiology.',
});

const NO_RESEARCH = kit.flag('NO_RESEARCH', 'WARNING', 'No IR or radiology research on record: scholarship is one of the few ways to offset scores.');
const US = kit.action('IR_SCHOLARSHIP', 2, 'Turn an IR project (case report, retrospective review or QI) into at least one abstract or poster and present it at SIR or a regional IR meeting.');
const IMG = kit.action('IR_SCHOLARSHIP', 2, 'Join a US IR group remotely (data collection, chart review, literature work) and turn it into at least one IR abstract, poster or case report.');
const NONE_US = kit.result('NO_RESEARCH_IR', 'IR target without any radiology research.', { flags: [NO_RESEARCH], actions: [US] });
const NONE_IMG = kit.result('NO_RESEARCH_IR_IMG', 'IR target, IMG, without any radiology research.', { flags: [NO_RESEARCH], actions: [IMG] });
const NO_OUTPUT_US = kit.result('NO_IR_OUTPUT', 'IR research is under way but nothing is accepted, published or presented yet.', { actions: [US] });
const NO_OUTPUT_IMG = kit.result('NO_IR_OUTPUT_IMG', 'IR research is under way but nothing is accepted, published or presented yet.', { actions: [IMG] });
const OK = kit.result('IR_OUTPUT_ON_RECORD', 'At least one IR item is accepted, published or presented: visible commitment to the field.');

export const irScholarship = kit.define((f, d) => {
  if (!f.targetIR || d.primary === 'ADJACENT_SPECIALTY') return null;
  if (f.radiologyResearchAny === 0) return f.isImg ? NONE_IMG : NONE_US;
  if (f.irResearchOutputs === 0) return f.isImg ? NO_OUTPUT_IMG : NO_OUTPUT_US;
  return OK;
});
