import { PHASE, SEEDS, ruleKit } from '../../engine/define';
import { bandLevel } from '../../engine/pathways';

const kit = ruleKit({
  id: 'programs.networking',
  topic: 'program-selection',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.USIMG_IR, 'B. Strategic Networking in IR'],
    [SEEDS.IMG_IR, '3. Dealing with the Filter Problem'],
  ],
  summary:
    'IR target that is an IMG or has an IR band of BORDERLINE or lower: join SIR as a student, take part in IR meetings and talk to IR residents ' +
    '(the US-citizen IMG IR article); where a score sits just under a program\'s cut-off, a short note from the applicant or a mentor to the program can get the file read (the IMG IR article).',
});

const NET = kit.result('IR_NETWORKING', 'Being known in the small IR community helps a file that scores alone will not carry.', {
  actions: [
    kit.action(
      'IR_NETWORKING',
      3,
      'Join SIR as a student member, attend IR sessions and follow up with speakers and residents; where a score is just under a cut-off, ask a mentor to write to the program.',
    ),
  ],
});

export const networking = kit.define((f, d) => {
  if (!f.targetIR || d.primary === 'ADJACENT_SPECIALTY') return null;
  return f.isImg || bandLevel(d.irBand) <= 2 ? NET : null;
});
