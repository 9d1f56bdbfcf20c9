import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';

export function NotFoundPage() {
  return (
    <section className="page" aria-labelledby="page-title">
      <PageHeader title="Page not found" description="The address may be mistyped, or the page has moved." />
      <p>
        <Link to="/">Go to your start page</Link>
      </p>
    </section>
  );
}
