import { isRole, NAVIGATION, ROLES } from '../index';

describe('roles', () => {
  it('recognises exactly the four roles', () => {
    expect(ROLES).toEqual(['ADMIN', 'ADVISOR', 'MENTOR', 'STUDENT']);
    expect(isRole('ADVISOR')).toBe(true);
    expect(isRole('advisor')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });

  it('gives every role its own navigation', () => {
    for (const role of ROLES) expect(NAVIGATION[role].length).toBeGreaterThan(0);
    expect(NAVIGATION.ADVISOR.map((n) => n.label)).toEqual(['Cohorts', 'Rule catalogue', 'Sources']);
    expect(NAVIGATION.ADMIN.map((n) => n.label)).toEqual(['Users', 'Cohorts', 'Audit log', 'Jobs', 'Rule catalogue', 'Sources']);
    // Every role can read the sources; only staff browse the rule catalogue.
    for (const role of ROLES) expect(NAVIGATION[role].some((n) => n.label === 'Sources')).toBe(true);
    expect(ROLES.filter((role) => NAVIGATION[role].some((n) => n.label === 'Rule catalogue'))).toEqual(['ADMIN', 'ADVISOR']);
  });
});
