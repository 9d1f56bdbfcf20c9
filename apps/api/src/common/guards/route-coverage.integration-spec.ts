import { createTestApp, type TestApp } from '../../../test/test-app';
import { listRoutes } from '../../../test/routes';

/** Deny by default, checked against the application as registered: no route slips through unguarded. */
describe('route coverage (integration)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('finds the routes', () => {
    const routes = listRoutes(t.app);
    expect(routes.length).toBeGreaterThanOrEqual(6);
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining(['POST /api/auth/login', 'GET /api/auth/me']));
  });

  it('every route is either marked public or names the roles it allows', () => {
    const unguarded = listRoutes(t.app).filter((r) => !r.isPublic && !(r.roles && r.roles.length > 0));
    expect(unguarded.map((r) => r.handler)).toEqual([]);
  });

  it('only sign-in, refresh and health are public', () => {
    const open = listRoutes(t.app).filter((r) => r.isPublic).map((r) => `${r.method} ${r.path}`).sort();
    expect(open).toEqual(['GET /api/health/live', 'GET /api/health/ready', 'POST /api/auth/login', 'POST /api/auth/refresh']);
  });

  it('every non-public route answers 401 without a token', async () => {
    for (const route of listRoutes(t.app).filter((r) => !r.isPublic)) {
      const url = route.path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
      const res = await t.inject({ method: route.method as 'GET', url, payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {} });
      expect({ route: `${route.method} ${route.path}`, status: res.statusCode }).toEqual({ route: `${route.method} ${route.path}`, status: 401 });
    }
  });
});
