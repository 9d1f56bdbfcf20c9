import { PlaceholderPage } from '../../../components/PlaceholderPage';

export function LetterRequestsPage() {
  return (
    <PlaceholderPage
      title="Letter requests"
      description="Students who asked you for a letter of recommendation: accept or decline, set a due date and mark letters submitted."
    />
  );
}
