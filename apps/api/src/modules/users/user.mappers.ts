import type { UserView } from '@advising/contracts';
import type { User } from './user.entity';

/** A user as the admin screens show it: never the password hash. */
export function toUserView(u: User): UserView {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    active: u.active,
    createdAt: u.createdAt.toISOString(),
    version: u.version,
  };
}
