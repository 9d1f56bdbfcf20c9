import { NAVIGATION, type NavItem, type Role, ROLES } from '@advising/contracts';

/** Where a role lands after sign-in: the first item of its navigation. */
export function landingPath(role: Role): string {
  return NAVIGATION[role][0].path;
}

export function navigationFor(role: Role): readonly NavItem[] {
  return NAVIGATION[role];
}

/** The roles whose navigation leads to `path`; a page is open to exactly those roles. */
export function rolesFor(path: string): Role[] {
  return ROLES.filter((role) => NAVIGATION[role].some((item) => item.path === path));
}

export function canVisit(role: Role, path: string): boolean {
  return NAVIGATION[role].some((item) => item.path === path);
}
