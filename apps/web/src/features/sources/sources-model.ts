import type { RuleInfo, RuleTopic } from '@advising/strategy-rules';

/** The rule topics in words, in the order the engine evaluates them. */
export const TOPIC_LABELS: Readonly<Record<RuleTopic, string>> = {
  bands: 'Score bands',
  'red-flags': 'Red flags',
  pathway: 'Pathway',
  applications: 'Applications',
  letters: 'Letters',
  exams: 'Exams and timing',
  rotations: 'Rotations and clinical experience',
  research: 'Research',
  'program-selection': 'Program selection',
};

const TOPIC_ORDER = Object.keys(TOPIC_LABELS) as RuleTopic[];

/** Rules whose id, summary or source contains every word of the query (case-insensitive), grouped by topic in engine order. */
export function rulesByTopic(rules: readonly RuleInfo[], query: string): { topic: RuleTopic; label: string; rules: RuleInfo[] }[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  const matches = rules.filter((r) => {
    const text = `${r.id} ${r.summary} ${r.source}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
  return TOPIC_ORDER.map((topic) => ({ topic, label: TOPIC_LABELS[topic], rules: matches.filter((r) => r.topic === topic) })).filter((g) => g.rules.length > 0);
}

/** How many rules cite each source title. */
export function citationCounts(rules: readonly RuleInfo[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rules) for (const title of new Set(r.citations.map((c) => c.title))) counts.set(title, (counts.get(title) ?? 0) + 1);
  return counts;
}
