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
    expect(NAVIGATION.ADVISOR.map((n) => n.label)).toEqual(['Cohorts']);
    expect(NAVIGATION.ADMIN.map((n) => n.label)).toEqual(['Users', 'Cohorts', 'Audit log', 'Jobs']);
  });
});
