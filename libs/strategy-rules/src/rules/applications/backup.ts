import { PHASE, SEEDS, ruleKit } from '../../engine/define';
import { bandLevel } from '../../engine/pathways';
import type { BackupSpecialty, Range } from '../../types';
import { range } from './ranges';

/**
 * The seeds name backup specialties but give no program count for them. This default is the advising office's own
 * figure, not a seed figure, and the rule summary says so.
 */
export const BACKUP_PROGRAMS: Range = range(15, 25);

const kit = ruleKit({
  id: 'applications.backup',
  topic: 'applications',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.USIMG_DR, 'Decide on a backup specialty or dual-apply strategy'],
    [SEEDS.IMG_IR, '4. Considering a Parallel Plan'],
    [SEEDS.MD_IR, 'Transitional, preliminary, or research years'],
  ],
  summary:
    'A backup application runs next to radiology on DR_WITH_BACKUP, on STRENGTHEN_THEN_APPLY with a DR band of LOW or lower (the US-citizen IMG radiology article scenarios 2-3: ' +
    'IM, or TY/preliminary medicine), and for a non-US IMG with a DR band of BORDERLINE or lower (the IMG IR article parallel plan: IM categorical or a TY). ' +
    'On PRELIM_THEN_REAPPLY the backup is the plan: PRELIM for US MD/DO (the MD graduate article), IM for IMGs (the IMG IR article pathway C). ' +
    'The articles give no count for backup programs: 15-25 is the office\'s default, not an article figure. The US-citizen IMG radiology article also names FM as a less common backup; ' +
    'we do not pick it by default. Two more cases always get a backup: a non-US IMG with an Integrated IR list (the IMG IR article makes a wide ' +
    'DR and preliminary medicine application a condition of trying Integrated IR: PRELIM), and any repeat applicant after a cycle without a match ' +
    '(PRELIM for US MD/DO, IM for IMGs), whatever the score. On ADJACENT_SPECIALTY the plan itself is an IM application toward procedural work ' +
    '(the IMG IR article\'s tier 3), with the same office default count.',
});

function backup(specialty: BackupSpecialty) {
  return Object.freeze({ specialty, programs: BACKUP_PROGRAMS });
}
const IM = backup('IM');
const PRELIM = backup('PRELIM');

const DUAL = kit.result('BACKUP_IM_DUAL', 'Apply to internal medicine alongside DR (15-25 programs, office default) so that a low score does not end the cycle unmatched.');
const STRENGTHEN = kit.result('BACKUP_IM_AFTER_STRENGTHENING', 'When the strengthened file goes out, pair DR with internal medicine or a preliminary/transitional year (15-25 programs, office default).');
const NON_US = kit.result('BACKUP_IM_NON_US_IMG', 'Run a parallel internal medicine (or transitional year) application next to radiology (15-25 programs, office default).');
const PRELIM_US = kit.result('PRELIM_YEAR_US', 'Apply for a preliminary year in medicine or surgery close to IR (15-25 programs, office default), then reapply.', {
  actions: [
    kit.action(
      'APPLY_PRELIM_YEAR',
      1,
      'Apply to 15-25 preliminary medicine or surgery programs at hospitals with an active IR service; use the year to earn fresh letters and new results before reapplying.',
    ),
  ],
});
const NON_US_IR = kit.result('BACKUP_PRELIM_NON_US_IR', 'Trying Integrated IR as a non-US IMG comes with a preliminary medicine application as the backup (15-25 programs, office default).');
const REPEAT_US = kit.result('BACKUP_PRELIM_REPEAT', 'After a cycle without a match, add preliminary-year applications so this cycle cannot end empty (15-25 programs, office default).');
const REPEAT_IMG = kit.result('BACKUP_IM_REPEAT', 'After a cycle without a match, add internal medicine applications so this cycle cannot end empty (15-25 programs, office default).');
const ADJACENT = kit.result('ADJACENT_IM_APPLICATION', 'The application goes to internal medicine programs with a route to procedural work (15-25 programs, office default).', {
  actions: [
    kit.action(
      'APPLY_ADJACENT_SPECIALTY',
      1,
      'Apply to 15-25 internal medicine programs with strong procedural fellowships (interventional cardiology or pulmonology), or surgery programs with endovascular work.',
    ),
  ],
});
const PRELIM_IMG = kit.result('PRELIM_YEAR_IMG', 'Apply to internal medicine categorical or a transitional year with radiology exposure (15-25 programs, office default), then reapply.', {
  actions: [
    kit.action(
      'APPLY_PRELIM_YEAR',
      1,
      'Apply to 15-25 internal medicine categorical or transitional-year programs with radiology exposure; build a US record there, then reapply to radiology.',
    ),
  ],
});

export const backupApplications = kit.define((f, d) => {
  const p = d.primary;
  const apps = d.applications;
  const drLevel = d.drBand === 'UNKNOWN' ? 9 : bandLevel(d.drBand);
  if (p === 'PRELIM_THEN_REAPPLY') {
    if (f.isImg) {
      apps.backup = IM;
      return PRELIM_IMG;
    }
    apps.backup = PRELIM;
    return PRELIM_US;
  }
  if (p === 'DR_WITH_BACKUP') {
    apps.backup = IM;
    return DUAL;
  }
  if (p === 'STRENGTHEN_THEN_APPLY' && drLevel <= 1) {
    apps.backup = IM;
    return STRENGTHEN;
  }
  if (p === 'ADJACENT_SPECIALTY') {
    apps.backup = IM;
    return ADJACENT;
  }
  if (f.profile.applicantType === 'NON_US_IMG' && apps.integratedIR !== null) {
    apps.backup = PRELIM;
    return NON_US_IR;
  }
  if (f.profile.applicantType === 'NON_US_IMG' && drLevel <= 2) {
    apps.backup = IM;
    return NON_US;
  }
  if (f.previousApplications >= 1) {
    apps.backup = f.isImg ? IM : PRELIM;
    return f.isImg ? REPEAT_IMG : REPEAT_US;
  }
  return null;
});
