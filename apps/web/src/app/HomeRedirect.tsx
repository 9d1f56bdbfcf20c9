import { Navigate } from 'react-router';
import { useSignedInUser } from './current-user-context';
import { landingPath } from './navigation';

export function HomeRedirect() {
  const user = useSignedInUser();
  return <Navigate to={landingPath(user.role)} replace />;
}
