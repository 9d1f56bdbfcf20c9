import { type Action, type Flag, RULES, type RuleInfo, type Severity } from '@advising/strategy-rules';

const RULES_BY_ID: ReadonlyMap<string, RuleInfo> = new Map(RULES.map((rule) => [rule.id, rule]));

/** The catalogue entry of a rule, for "about this rule"; undefined for a rule this build does not know. */
export function ruleInfo(ruleId: string): RuleInfo | undefined {
  return RULES_BY_ID.get(ruleId);
}

/** Actions as a checklist: highest priority first (1), then the earliest due date, undated last. */
export function sortActions(actions: readonly Action[]): Action[] {
  return [...actions].sort((a, b) => {
    if (a.priority !== b.priority) return a.priority - b.priority;
    if (a.dueBy !== b.dueBy) {
      if (a.dueBy === undefined) return 1;
      if (b.dueBy === undefined) return -1;
      return a.dueBy < b.dueBy ? -1 : 1;
    }
    return 0;
  });
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { CRITICAL: 0, WARNING: 1, INFO: 2 };

/** Flags, most severe first. */
export function sortFlags(flags: readonly Flag[]): Flag[] {
  return [...flags].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** A source such as `Article A — Section A; Article B — Section B` split into article titles and section headings. */
export function parseSources(source: string): { title: string; section: string | null }[] {
  return source
    .split('; ')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const at = part.indexOf(' — ');
      if (at === -1) return { title: part, section: null };
      return { title: part.slice(0, at).trim(), section: part.slice(at + 3).trim() };
    });
}
