import { RULES, RULES_VERSION } from '@advising/strategy-rules';
import { useId, useMemo, useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { rulesByTopic } from '../sources-model';
import '../sources.css';

/** Staff view of every rule: what it decides and its thresholds (the summary), where it comes from, grouped by topic. */
export function RuleCataloguePage() {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const groups = useMemo(() => rulesByTopic(RULES, query), [query]);
  const shown = groups.reduce((n, g) => n + g.rules.length, 0);
  return (
    <section className="page rule-catalogue" aria-labelledby="page-title">
      <PageHeader
        title="Rule catalogue"
        description={`The ${RULES.length} rules of rule set ${RULES_VERSION}, in the order they run. Each says what it decides, the figures it uses, where two articles differ which one it follows and why, and the sections it comes from.`}
      />
      <label htmlFor={searchId}>Search rules</label>
      <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="e.g. Step 3, letters, 245" />
      <p role="status" aria-live="polite">
        {shown === RULES.length ? `${shown} rules` : `${shown} of ${RULES.length} rules`}
      </p>
      {groups.map((group) => (
        <section key={group.topic} aria-labelledby={`${searchId}-${group.topic}`} className="rule-catalogue__topic">
          <h2 id={`${searchId}-${group.topic}`}>{group.label}</h2>
          <ul className="rule-catalogue__list">
            {group.rules.map((rule) => (
              <li key={rule.id} className="rule-catalogue__rule" data-testid="catalogue-rule">
                <h3>
                  <code>{rule.id}</code>
                </h3>
                <p>{rule.summary}</p>
                <p className="rule-catalogue__sources">Sources:</p>
                <ul>
                  {rule.citations.map((c) => (
                    <li key={`${c.title}-${c.section}`}>
                      <cite>{c.title}</cite>, section “{c.section}”{c.general ? ' (general knowledge)' : ''}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
