import { PageHeader } from './PageHeader';

/** A page whose feature is not built yet: says what it will hold. */
export function PlaceholderPage({ title, description }: { title: string; description: string }) {
  return (
    <section className="page" aria-labelledby="page-title">
      <PageHeader title={title} description={description} />
      <div className="card card--empty">
        <p>Nothing to show here yet.</p>
      </div>
    </section>
  );
}
