import { PlaceholderPage } from '../../../components/PlaceholderPage';

export function AdminCohortsPage() {
  return (
    <PlaceholderPage
      title="Cohorts"
      description="Create cohorts by match year, enrol students and assign the advisors who advise each cohort."
    />
  );
}
