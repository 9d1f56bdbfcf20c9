import { describe, expect, it } from 'vitest';
import { recommendationFor } from '../student-record/testing/fixtures';
import { compareWhatIf, isEmptyWhatIf, toWhatIfRequest, WHAT_IF_DEFAULTS } from './what-if-model';

describe('what-if model', () => {
  it('asks only about what was filled in', () => {
    expect(isEmptyWhatIf(WHAT_IF_DEFAULTS)).toBe(true);
    expect(toWhatIfRequest({ ...WHAT_IF_DEFAULTS, step2ckScore: ' 251 ' })).toEqual({ step2ckScore: 251 });
    expect(
      toWhatIfRequest({ ...WHAT_IF_DEFAULTS, addRotation: true, rotationSpecialty: 'IR', rotationSetting: 'AWAY', rotationWeeks: '4', addLetter: true, addPublication: true }),
    ).toEqual({
      addRotations: [{ specialty: 'IR', setting: 'AWAY', inUS: true, weeks: 4, status: 'PLANNED' }],
      addLetters: [{ writerSpecialty: 'IR', writerInUS: true, status: 'COMMITTED' }],
      addResearch: [{ field: 'IR', kind: 'PUBLICATION', status: 'PUBLISHED' }],
    });
  });

  it('sends a score that is not a number as typed, so the API explains it', () => {
    expect(toWhatIfRequest({ ...WHAT_IF_DEFAULTS, step2ckScore: 'abc' })).toEqual({ step2ckScore: 'abc' });
  });

  it('compares the plan now with the plan after the change', () => {
    const rows = compareWhatIf({ current: recommendationFor(238), whatIf: recommendationFor(258), changes: [] });
    const band = rows.find((row) => row.label === 'Score band for IR');
    expect(band).toEqual({ label: 'Score band for IR', now: 'Borderline', whatIf: 'High', changed: true });
    expect(rows.find((row) => row.label === 'Step 3')?.changed).toBe(false);
  });
});
