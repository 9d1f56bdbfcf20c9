import { BANDS, PATHWAYS } from '@advising/strategy-rules';
import { describe, expect, it } from 'vitest';
import { BAND_LABELS, formatDate, formatRange, PATHWAY_LABELS, PATHWAY_SHORT_LABELS, triggerLabel } from './labels';

describe('labels', () => {
  it('has words for every pathway and band', () => {
    for (const pathway of PATHWAYS) {
      expect(PATHWAY_LABELS[pathway]).toMatch(/\w/);
      expect(PATHWAY_SHORT_LABELS[pathway]).toMatch(/\w/);
    }
    for (const band of BANDS) expect(BAND_LABELS[band]).toMatch(/\w/);
    expect(new Set(Object.values(PATHWAY_LABELS)).size).toBe(PATHWAYS.length);
  });

  it('formats program counts as ranges', () => {
    expect(formatRange({ min: 10, max: 20 })).toBe('10–20');
    expect(formatRange({ min: 60, max: null })).toBe('60+');
    expect(formatRange({ min: 12, max: 12 })).toBe('12');
    expect(formatRange(null)).toBe('None');
  });

  it('names triggers in words, with a fallback for new ones', () => {
    expect(triggerLabel('exam.created')).toBe('Exam logged');
    expect(triggerLabel('letter.committed')).toBe('Letter committed');
    expect(triggerLabel('scheduled.recompute')).toBe('Dates moved on');
    expect(triggerLabel('visa.changed')).toBe('Visa changed');
  });

  it('formats days and instants, and says nothing for none', () => {
    expect(formatDate('2026-03-01')).toBe('1 Mar 2026');
    expect(formatDate(null)).toBe('—');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
