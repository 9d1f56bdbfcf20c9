import { APPLICATION_CALENDAR, cycleCalendar } from '../index';

describe('application calendar', () => {
  it('matches the national calendar of recent cycles (ERAS submission, program review, rank lists, Match Day)', () => {
    expect(cycleCalendar(2023)).toMatchObject({ submissionOpens: '2023-09-06', programsReview: '2023-09-27', rankListDeadline: '2024-02-28', matchDay: '2024-03-15' });
    expect(cycleCalendar(2024)).toMatchObject({ seasonOpens: '2024-06-05', submissionOpens: '2024-09-04', programsReview: '2024-09-25', matchDay: '2025-03-21' });
    expect(cycleCalendar(2025)).toMatchObject({ seasonOpens: '2025-06-04', submissionOpens: '2025-09-03', programsReview: '2025-09-24', rankListDeadline: '2026-03-04', matchDay: '2026-03-20' });
  });

  it('puts every cycle in order: season, submission, review, window close, interviews, rank list, Match Day in March', () => {
    for (const c of APPLICATION_CALENDAR) {
      const order = [c.seasonOpens, c.step2ckIdealBy, c.step2ckRemediationBy, c.submissionOpens, c.step2ckLatest, c.programsReview, c.submissionWindowCloses, c.interviewsStart, c.interviewsEnd, c.rankListDeadline, c.matchDay];
      expect([...order].sort()).toEqual(order);
      expect(c.step3LatestSitting > c.seasonOpens && c.step3LatestSitting < c.submissionOpens).toBe(true);
      expect(c.matchDay.slice(0, 7)).toBe(`${c.cycle + 1}-03`);
      expect(new Date(`${c.matchDay}T00:00:00Z`).getUTCDay()).toBe(5);
      expect(c.submissionOpens.slice(5, 7)).toBe('09');
    }
  });

  it('is frozen data, and cycles outside the table follow the same pattern', () => {
    expect(Object.isFrozen(APPLICATION_CALENDAR)).toBe(true);
    expect(Object.isFrozen(APPLICATION_CALENDAR[0])).toBe(true);
    expect(cycleCalendar(2060).matchDay).toMatch(/^2061-03-/);
  });
});
