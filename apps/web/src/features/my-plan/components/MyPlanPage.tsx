import { PlaceholderPage } from '../../../components/PlaceholderPage';

export function MyPlanPage() {
  return (
    <PlaceholderPage
      title="My plan"
      description="Your recommended pathway, how many programs of each kind to apply to, the letters you still need and your next steps."
    />
  );
}
