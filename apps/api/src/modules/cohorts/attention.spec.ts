import fc from 'fast-check';
import { cycleCalendar } from '@advising/strategy-rules';
import { attentionItems, isAcknowledged, needsAttention, type AttentionInput } from './attention';

const quiet: AttentionInput = {
  criticalList: [],
  deadlines: [],
  applicationCycle: 2027,
  lettersSecured: 3,
  lettersNeeded: 3,
  commitmentsDueSoon: 0,
  commitmentsOverdue: 0,
  flagsMonthAgo: null,
  recentDowngrade: false,
  downgradedAt: null,
  changedAt: new Date('2026-11-01T10:00:00Z'),
  ackFollowUpOn: null,
  ackAt: null,
  ackItems: null,
};
const row = (over: Partial<AttentionInput>): AttentionInput & { id: string; displayName: string } => ({ ...quiet, ...over, id: 's1', displayName: 'Sam' });

describe('attention items', () => {
  it('a student with nothing to act on is not on the list', () => {
    expect(attentionItems(quiet, '2026-11-29')).toEqual([]);
    expect(needsAttention(row({}), '2026-11-29')).toBeNull();
  });

  it('missing letters are not an item a year before the season, and are once it comes within the horizon', () => {
    const missing = row({ lettersSecured: 1, lettersNeeded: 3, applicationCycle: 2027 });
    const opens = cycleCalendar(2027).seasonOpens;
    expect(attentionItems(missing, '2026-11-29')).toEqual([]);
    const soon = attentionItems(missing, '2027-04-15');
    expect(soon.map((i) => i.key)).toEqual(['letters:missing']);
    expect(soon[0]).toMatchObject({ severity: 'WARNING', title: '1 of 3 letters secured' });
    expect(soon[0].detail).toContain('Applications open on');
    expect(opens > '2027-04-15').toBe(true);
    // A month before letters are due, it is to act on now; after the window it is no longer this cycle's item.
    expect(attentionItems(missing, '2027-08-15')[0].severity).toBe('CRITICAL');
    expect(attentionItems(missing, '2027-10-15')).toEqual([]);
  });

  it('overdue letters are critical, letters due soon a warning, critical flags in words with what to do', () => {
    const items = attentionItems(
      row({ commitmentsOverdue: 1, commitmentsDueSoon: 3, criticalList: [{ code: 'STEP_FAILURE', message: 'Step 1 was failed and not yet passed.' }, { code: 'LETTER_SHORTFALL', message: 'x' }] }),
      '2026-11-29',
    );
    expect(items.map((i) => [i.key, i.severity])).toEqual([
      ['flag:STEP_FAILURE', 'CRITICAL'],
      ['letters:overdue', 'CRITICAL'],
      ['letters:due-soon', 'WARNING'],
    ]);
    expect(items[0]).toMatchObject({ title: 'Step failure', detail: 'Step 1 was failed and not yet passed.' });
    expect(items[2].title).toBe('2 letters due within 14 days');
  });

  it('a critical flag carried for a month is part of the plan; a new one is an item', () => {
    const failure = [{ code: 'STEP_FAILURE', message: 'Step 1 was failed and not yet passed.' }];
    expect(attentionItems(row({ criticalList: failure, flagsMonthAgo: ['STEP_FAILURE', 'NO_RESEARCH'] }), '2026-11-29')).toEqual([]);
    expect(attentionItems(row({ criticalList: failure, flagsMonthAgo: ['NO_RESEARCH'] }), '2026-11-29').map((i) => i.key)).toEqual(['flag:STEP_FAILURE']);
    expect(attentionItems(row({ criticalList: failure, flagsMonthAgo: null }), '2026-11-29').map((i) => i.key)).toEqual(['flag:STEP_FAILURE']);
  });

  it('deadlines count only within the horizon and never when already past', () => {
    const deadlines = [
      { code: 'TAKE_STEP2CK', message: 'Take Step 2 CK.', dueBy: '2026-12-05' },
      { code: 'LATER', message: 'Later.', dueBy: '2027-06-01' },
      { code: 'PAST', message: 'Past.', dueBy: '2026-11-01' },
    ];
    const items = attentionItems(row({ deadlines }), '2026-11-29');
    expect(items.map((i) => [i.key, i.severity, i.date])).toEqual([['deadline:TAKE_STEP2CK', 'CRITICAL', '2026-12-05']]);
  });

  it('property: items are ordered by severity then date, and no title, detail or action carries a code', () => {
    const input = fc.record({
      criticalList: fc.array(fc.record({ code: fc.constantFrom('STEP_FAILURE', 'LOW_STEP2CK', 'REPEAT_APPLICANT', 'SOMETHING_NEW'), message: fc.constant('In words.') }), { maxLength: 3 }),
      deadlines: fc.array(fc.record({ code: fc.constantFrom('A', 'B', 'C'), message: fc.constant('Do it.'), dueBy: fc.date({ min: new Date('2026-10-01'), max: new Date('2027-10-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) }), { maxLength: 3 }),
      applicationCycle: fc.integer({ min: 2026, max: 2029 }),
      lettersSecured: fc.integer({ min: 0, max: 4 }),
      lettersNeeded: fc.integer({ min: 0, max: 4 }),
      commitmentsOverdue: fc.integer({ min: 0, max: 2 }),
      extraDueSoon: fc.integer({ min: 0, max: 2 }),
      recentDowngrade: fc.boolean(),
      today: fc.date({ min: new Date('2026-06-01'), max: new Date('2028-06-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    });
    fc.assert(
      fc.property(input, (i) => {
        const items = attentionItems(row({ ...i, commitmentsDueSoon: i.commitmentsOverdue + i.extraDueSoon, downgradedAt: i.recentDowngrade ? i.today : null }), i.today);
        for (let k = 1; k < items.length; k++) {
          const [a, b] = [items[k - 1], items[k]];
          if (a.severity !== b.severity) expect(a.severity).toBe('CRITICAL');
          else expect((a.date ?? '9999') <= (b.date ?? '9999')).toBe(true);
        }
        for (const item of items) expect(`${item.title} ${item.detail} ${item.action}`).not.toMatch(/\b[A-Z0-9]+_[A-Z0-9_]+\b/);
        for (const item of items) if (item.date && item.key.startsWith('deadline:')) expect(item.date >= i.today).toBe(true);
      }),
      { seed: 20261129, numRuns: 300 },
    );
  });
});

describe('acknowledgements', () => {
  const overdue = row({ commitmentsOverdue: 1, commitmentsDueSoon: 1 });
  const items = attentionItems(overdue, '2026-11-29');
  const acked = { ...overdue, ackAt: new Date('2026-11-29T12:00:00Z'), ackFollowUpOn: '2026-12-06', ackItems: items };

  it('keep the student off the list until the follow-up date', () => {
    expect(isAcknowledged(acked, items, '2026-11-30')).toBe(true);
    expect(needsAttention(acked, '2026-11-30')).toBe('acknowledged');
    expect(isAcknowledged(acked, items, '2026-12-06')).toBe(false);
  });

  it('end when something new happens: a new recommendation, or a new item', () => {
    expect(isAcknowledged({ ...acked, changedAt: new Date('2026-11-30T09:00:00Z') }, items, '2026-11-30')).toBe(false);
    const more = attentionItems({ ...acked, recentDowngrade: true, downgradedAt: '2026-11-30' }, '2026-11-30');
    expect(isAcknowledged(acked, more, '2026-11-30')).toBe(false);
  });
});
