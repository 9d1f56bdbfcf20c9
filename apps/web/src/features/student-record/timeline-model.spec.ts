import { describe, expect, it } from 'vitest';
import { overridden, recomputed } from './testing/fixtures';
import { buildTimeline } from './timeline-model';

const downgrade = { code: 'PATHWAY_CHANGED', from: 'DUAL_IR_DR', to: 'DR_THEN_IR', direction: 'DOWNGRADE', message: 'The pathway moved down to DR first, then IR.' } as const;
const bandDown = { code: 'BAND_CHANGED', band: 'ir', from: 'COMPETITIVE', to: 'BORDERLINE', direction: 'DOWNGRADE', message: 'The IR band fell to borderline.' } as const;
const flagAdded = { code: 'FLAG_ADDED', flag: 'NO_RESEARCH', severity: 'WARNING', ruleId: 'r', message: 'No research yet.' } as const;

// As the API sends them: newest first.
const entries = [
  recomputed('2026-05-01T09:00:00.000Z', 'scheduled.recompute', 'DR_THEN_IR', [flagAdded]),
  overridden('2026-04-10T09:00:00.000Z', 'DUAL_IR_DR', 'Honors on the IR rotation.'),
  recomputed('2026-04-01T09:00:00.000Z', 'exam.updated', 'DR_THEN_IR', [downgrade, bandDown]),
  recomputed('2026-01-01T09:00:00.000Z', 'profile.created', 'DUAL_IR_DR', [], 'COMPETITIVE'),
];

describe('buildTimeline', () => {
  const model = buildTimeline(entries, 'IR');

  it('draws the points oldest first, with pathway rank and band level', () => {
    expect(model.points.map((p) => [p.at.slice(0, 10), p.pathway, p.rank, p.band, p.bandLevel])).toEqual([
      ['2026-01-01', 'DUAL_IR_DR', 6, 'COMPETITIVE', 3],
      ['2026-04-01', 'DR_THEN_IR', 5, 'BORDERLINE', 2],
      ['2026-04-10', 'DR_THEN_IR', 5, 'BORDERLINE', 2],
      ['2026-05-01', 'DR_THEN_IR', 5, 'BORDERLINE', 2],
    ]);
  });

  it('marks each change with its trigger, and only changes', () => {
    expect(model.points.map((p) => p.marker)).toEqual(['Profile created', 'Exam updated', 'Advisor override', null]);
    expect(model.points.map((p) => p.event)).toEqual(['Profile created', 'Exam updated', 'Advisor override', 'Dates moved on']);
    expect(model.points[1]).toMatchObject({ pathwayChanged: true, bandChanged: true });
    expect(model.pathwayChanges).toBe(1);
  });

  it('carries the advisor’s pathway from the override on', () => {
    expect(model.points.map((p) => p.overridePathway)).toEqual([null, null, 'DUAL_IR_DR', 'DUAL_IR_DR']);
    expect(model.points[3].overrideRank).toBe(6);
  });

  it('lists the changes newest first, with who, why and the direction', () => {
    expect(model.events.map((e) => [e.title, e.who, e.direction])).toEqual([
      ['Dates moved on', 'Automatic update', null],
      ['Advisor set the pathway to Integrated IR and DR together', 'Dr. Dana Reyes', null],
      ['Exam updated', 'Sam Student', 'DOWNGRADE'],
      ['Profile created', 'Sam Student', null],
    ]);
    expect(model.events[2].changes.map((c) => c.message)).toEqual([
      'Pathway moved down: from Integrated IR and DR together to DR first, then IR (ESIR or Independent IR).',
      'IR score band: Competitive → Borderline.',
    ]);
    expect(model.events[1].reason).toBe('Honors on the IR rotation.');
  });

  it('says in words what the chart shows', () => {
    expect(model.summary).toContain('changed once between 1 Jan 2026 and 1 May 2026');
    expect(model.summary).toContain('Integrated IR and DR together (1 Jan 2026), then DR first, then IR (ESIR or Independent IR) (1 Apr 2026)');
    expect(model.summary).toContain('The IR score band is now borderline.');
    expect(model.summary).toContain('An advisor has set the pathway to Integrated IR and DR together.');
  });

  it('uses the DR band for a DR applicant, and copes with no history', () => {
    expect(buildTimeline(entries, 'DR').points[0].band).toBe('HIGH');
    expect(buildTimeline([], 'IR')).toMatchObject({ points: [], events: [], summary: 'There is no recommendation history yet.' });
  });

  it('reads a withdrawn override as none', () => {
    const withdrawn = buildTimeline([overridden('2026-06-01T00:00:00.000Z', null, 'Override withdrawn'), ...entries], 'IR');
    expect(withdrawn.points.at(-1)).toMatchObject({ overridePathway: null, marker: 'Override withdrawn' });
    expect(withdrawn.events[0].title).toBe('Advisor withdrew the override');
  });
});
