import { PlaceholderPage } from '../../../components/PlaceholderPage';

export function UsersPage() {
  return (
    <PlaceholderPage
      title="Users"
      description="Everyone at your institution: invite advisors, mentors and students, change roles and deactivate accounts."
    />
  );
}
