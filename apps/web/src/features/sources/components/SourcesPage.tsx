import { ARTICLES, GENERAL_SOURCES, RULES } from '@advising/strategy-rules';
import { PageHeader } from '../../../components/PageHeader';
import { citationCounts } from '../sources-model';
import '../sources.css';

/** The five articles the advice rests on, by title, with what the platform takes from each; then the general knowledge it adds. */
export function SourcesPage() {
  const counts = citationCounts(RULES);
  return (
    <section className="page sources" aria-labelledby="page-title">
      <PageHeader
        title="Sources"
        description="Every recommendation is built from five published articles on residency strategy for interventional and diagnostic radiology, plus general knowledge of USMLE rules and the national application calendar. Each reason in a plan names the article and section it comes from."
      />
      <h2>The articles</h2>
      <ul className="sources__list">
        {ARTICLES.map((article) => (
          <li key={article.id} className="sources__item">
            <h3>
              <cite>{article.title}</cite>
            </h3>
            <p className="sources__audience">Written for: {article.audience}.</p>
            <p>What the platform takes from it:</p>
            <ul>
              {article.takes.map((take) => (
                <li key={take}>{take}</li>
              ))}
            </ul>
            <p className="sources__count">Cited by {counts.get(article.title) ?? 0} rules.</p>
          </li>
        ))}
      </ul>
      <h2>General knowledge</h2>
      <ul className="sources__list">
        {GENERAL_SOURCES.map((source) => (
          <li key={source.id} className="sources__item">
            <h3>{source.title}</h3>
            <ul>
              {source.takes.map((take) => (
                <li key={take}>{take}</li>
              ))}
            </ul>
            <p className="sources__count">Cited by {counts.get(source.title) ?? 0} rules.</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
