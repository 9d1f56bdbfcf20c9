import type { Role } from '@advising/contracts';
import { NavLink } from 'react-router';
import { navigationFor } from './navigation';

/** The role's own navigation, from the shared NAVIGATION table. */
export function MainNav({ role }: { role: Role }) {
  return (
    <nav className="main-nav" aria-label="Main">
      <ul>
        {navigationFor(role).map((item) => (
          <li key={item.path}>
            <NavLink to={item.path} className={({ isActive }) => (isActive ? 'main-nav__link is-active' : 'main-nav__link')}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
