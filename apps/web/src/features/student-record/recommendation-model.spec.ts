import type { Action } from '@advising/strategy-rules';
import { RULES } from '@advising/strategy-rules';
import { describe, expect, it } from 'vitest';
import { parseSources, ruleInfo, sortActions } from './recommendation-model';

const action = (code: string, priority: Action['priority'], dueBy?: string): Action => ({ code, priority, ruleId: 'r', message: code, dueBy });

describe('recommendation model', () => {
  it('orders actions by priority, then due date, undated last', () => {
    const sorted = sortActions([action('c', 2), action('a', 1, '2026-09-01'), action('b', 2, '2026-05-01'), action('d', 1, '2026-06-01'), action('e', 3, '2026-01-01'), action('f', 1)]);
    expect(sorted.map((a) => a.code)).toEqual(['d', 'a', 'f', 'b', 'c', 'e']);
  });

  it('splits a rule source into article titles and section headings', () => {
    expect(parseSources('Article One: A Guide — Choosing a path; Article Two — Scenario 2: a, b')).toEqual([
      { title: 'Article One: A Guide', section: 'Choosing a path' },
      { title: 'Article Two', section: 'Scenario 2: a, b' },
    ]);
    expect(parseSources('manual')).toEqual([{ title: 'manual', section: null }]);
    for (const rule of RULES) for (const part of parseSources(rule.source)) expect(part.section).not.toBeNull();
  });

  it('finds every catalogued rule by id', () => {
    for (const rule of RULES) expect(ruleInfo(rule.id)?.summary).toBe(rule.summary);
    expect(ruleInfo('no.such.rule')).toBeUndefined();
  });
});
