import { PlaceholderPage } from '../../../components/PlaceholderPage';

export function CohortsPage() {
  return (
    <PlaceholderPage
      title="Cohorts"
      description="The cohorts you advise, with each student's scores, letters, rotations and recommended pathway, and who needs attention first."
    />
  );
}
