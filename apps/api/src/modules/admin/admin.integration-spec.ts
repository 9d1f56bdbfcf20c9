import type { AuditEventView, Page, UserView } from '@advising/contracts';
import { createAdvisingWorld, createInstitution, createTestApp, tokenFor, TEST_PASSWORD, type TestApp } from '../../../test/test-app';
import { User } from '../users/user.entity';
import type { CreatedUserView } from '../users/users.service';

describe('admin: users and audit trail (integration)', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof createAdvisingWorld>>;
  let other: Awaited<ReturnType<typeof createInstitution>>;
  let admin: string;
  let tokens: Record<'ADVISOR' | 'MENTOR' | 'STUDENT', string>;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const count = async (sql: string, params: unknown[]) => Number((await t.db.query<{ n: string }[]>(sql, params))[0].n);
  const fieldsOf = (body: { details?: { field: string }[] }) => (body.details ?? []).map((d) => d.field).sort();
  const signIn = (email: string, password: string) => t.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: `203.0.113.${Math.floor(Math.random() * 250) + 1}` });
  const createUser = (payload: Record<string, unknown>, token = admin) => t.inject({ method: 'POST', url: '/api/admin/users', headers: auth(token), payload });
  const patchUser = (id: string, payload: Record<string, unknown>, token = admin) => t.inject({ method: 'PATCH', url: `/api/admin/users/${id}`, headers: auth(token), payload });
  const userRow = (id: string) => t.db.getRepository(User).findOneByOrFail({ id });
  let seq = 0;
  const email = (label: string) => `${label}-${Date.now()}-${seq++}@admin-it.edu`;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAdvisingWorld(t, 'Admin');
    other = await createInstitution(t.db, 'Elsewhere');
    admin = await tokenFor(t, world.users.ADMIN.email);
    tokens = {
      ADVISOR: await tokenFor(t, world.users.ADVISOR.email),
      MENTOR: await tokenFor(t, world.users.MENTOR.email),
      STUDENT: await tokenFor(t, world.users.STUDENT.email),
    };
  });
  afterAll(() => t.close());

  describe('access', () => {
    it('only admins reach the admin routes (403 for every other role, 401 without a token) and refused writes change nothing', async () => {
      const users = await count('SELECT count(*) AS n FROM users', []);
      const target = world.users.MENTOR;
      for (const token of Object.values(tokens)) {
        expect((await t.inject({ method: 'GET', url: '/api/admin/users', headers: auth(token) })).statusCode).toBe(403);
        expect((await t.inject({ method: 'GET', url: '/api/admin/audit-events', headers: auth(token) })).statusCode).toBe(403);
        expect((await createUser({ email: email('nope'), displayName: 'Nope', role: 'MENTOR' }, token)).statusCode).toBe(403);
        expect((await patchUser(target.id, { version: 1, displayName: 'Renamed' }, token)).statusCode).toBe(403);
      }
      expect((await t.inject({ method: 'GET', url: '/api/admin/users' })).statusCode).toBe(401);
      expect((await t.inject({ method: 'GET', url: '/api/admin/audit-events' })).statusCode).toBe(401);
      expect(await count('SELECT count(*) AS n FROM users', [])).toBe(users);
      expect((await userRow(target.id)).displayName).toBe(target.displayName);
    });

    it("another institution's user answers 404 and is left unchanged", async () => {
      const foreign = other.users.ADVISOR;
      const res = await patchUser(foreign.id, { version: 1, active: false, displayName: 'Hijacked' });
      expect(res.statusCode).toBe(404);
      const row = await userRow(foreign.id);
      expect(row).toMatchObject({ active: true, displayName: foreign.displayName, version: 1 });
      const list = (await t.inject({ method: 'GET', url: '/api/admin/users?limit=500', headers: auth(admin) })).json<Page<UserView>>();
      expect(list.items.map((u) => u.id)).not.toContain(foreign.id);
    });
  });

  describe('GET /api/admin/users', () => {
    it('lists the institution sorted by name with filters and keyset pages', async () => {
      const all = (await t.inject({ method: 'GET', url: '/api/admin/users', headers: auth(admin) })).json<Page<UserView>>();
      expect(all.total).toBe(all.items.length);
      expect(all.items.length).toBeGreaterThanOrEqual(5);
      const names = all.items.map((u) => u.displayName.toLowerCase());
      expect(names).toEqual([...names].sort());
      expect(all.items[0]).not.toHaveProperty('passwordHash');
      expect(Object.keys(all.items[0]).sort()).toEqual(['active', 'createdAt', 'displayName', 'email', 'id', 'role', 'version']);

      const students = (await t.inject({ method: 'GET', url: '/api/admin/users?role=STUDENT', headers: auth(admin) })).json<Page<UserView>>();
      expect(students.items.map((u) => u.id).sort()).toEqual([world.users.STUDENT.id, world.otherStudent.id].sort());

      const byQuery = (await t.inject({ method: 'GET', url: `/api/admin/users?q=${encodeURIComponent('other stud')}`, headers: auth(admin) })).json<Page<UserView>>();
      expect(byQuery.items.map((u) => u.id)).toEqual([world.otherStudent.id]);
      const byEmail = (await t.inject({ method: 'GET', url: `/api/admin/users?q=${encodeURIComponent(world.users.MENTOR.email.toUpperCase())}`, headers: auth(admin) })).json<Page<UserView>>();
      expect(byEmail.items.map((u) => u.id)).toEqual([world.users.MENTOR.id]);
      const wildcard = (await t.inject({ method: 'GET', url: `/api/admin/users?q=${encodeURIComponent('%')}`, headers: auth(admin) })).json<Page<UserView>>();
      expect(wildcard.items).toEqual([]);

      const pages: UserView[] = [];
      let cursor: string | null = null;
      do {
        const res: Awaited<ReturnType<TestApp['inject']>> = await t.inject({ method: 'GET', url: `/api/admin/users?limit=2${cursor ? `&cursor=${cursor}` : ''}`, headers: auth(admin) });
        expect(res.statusCode).toBe(200);
        const page: Page<UserView> = res.json();
        expect(page.items.length).toBeLessThanOrEqual(2);
        expect(page.total).toBe(all.total);
        pages.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(pages.map((u) => u.id)).toEqual(all.items.map((u) => u.id));
    });

    it('filters on active', async () => {
      const created = (await createUser({ email: email('inactive'), displayName: 'Zed Inactive', role: 'MENTOR', password: 'a long enough password' })).json<UserView>();
      expect((await patchUser(created.id, { version: 1, active: false })).statusCode).toBe(200);
      const inactive = (await t.inject({ method: 'GET', url: '/api/admin/users?active=false', headers: auth(admin) })).json<Page<UserView>>();
      expect(inactive.items.map((u) => u.id)).toContain(created.id);
      expect(inactive.items.every((u) => !u.active)).toBe(true);
      const active = (await t.inject({ method: 'GET', url: '/api/admin/users?active=true', headers: auth(admin) })).json<Page<UserView>>();
      expect(active.items.map((u) => u.id)).not.toContain(created.id);
    });

    it('refuses bad filters with the field', async () => {
      const res = await t.inject({ method: 'GET', url: '/api/admin/users?role=BOSS&active=maybe&limit=501&extra=1', headers: auth(admin) });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.json())).toEqual(expect.arrayContaining(['active', 'extra', 'limit', 'role']));
      const cursor = await t.inject({ method: 'GET', url: '/api/admin/users?cursor=not-a-cursor', headers: auth(admin) });
      expect(cursor.statusCode).toBe(400);
      expect(fieldsOf(cursor.json())).toEqual(['cursor']);
    });
  });

  describe('POST /api/admin/users', () => {
    it('creates a mentor with a generated one-time password that signs in; only the argon2id hash is stored; audited', async () => {
      const address = email('New.Mentor').toUpperCase();
      const res = await createUser({ email: `  ${address} `, displayName: '  Dr. New Mentor ', role: 'MENTOR' });
      expect(res.statusCode).toBe(201);
      const created = res.json<CreatedUserView>();
      expect(created).toMatchObject({ email: address.toLowerCase(), displayName: 'Dr. New Mentor', role: 'MENTOR', active: true, version: 1 });
      expect(created.oneTimePassword?.length).toBeGreaterThanOrEqual(16);
      const row = await userRow(created.id);
      expect(row.institutionId).toBe(world.institutionId);
      expect(row.passwordHash).toMatch(/^\$argon2id\$/);
      expect(row.passwordHash).not.toContain(created.oneTimePassword);
      expect((await signIn(address, created.oneTimePassword as string)).statusCode).toBe(200);
      const audit = await t.db.query<Record<string, unknown>[]>(`SELECT * FROM audit_events WHERE entity_id = $1 AND action = 'user.created'`, [created.id]);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_id: world.users.ADMIN.id, institution_id: world.institutionId, entity: 'user' });
      expect(JSON.stringify(audit)).not.toContain(created.oneTimePassword);
    });

    it('creates with a chosen password and never returns a one-time one', async () => {
      const address = email('advisor');
      const res = await createUser({ email: address, displayName: 'Dr. Chosen', role: 'ADVISOR', password: 'my chosen passphrase' });
      expect(res.statusCode).toBe(201);
      expect(res.json()).not.toHaveProperty('oneTimePassword');
      expect((await signIn(address, 'my chosen passphrase')).statusCode).toBe(200);
    });

    it('creates a student with a profile and a first recommendation in the same transaction', async () => {
      const res = await createUser({
        email: email('student'),
        displayName: 'Nadia Student',
        role: 'STUDENT',
        profile: { applicantType: 'US_IMG', target: 'DR', graduationYear: 2024, cohortId: world.cohortId },
      });
      expect(res.statusCode).toBe(201);
      const id = res.json<UserView>().id;
      const profile = await t.db.query<{ cohort_id: string; applicant_type: string; institution_id: string }[]>('SELECT cohort_id, applicant_type, institution_id FROM student_profiles WHERE user_id = $1', [id]);
      expect(profile).toEqual([{ cohort_id: world.cohortId, applicant_type: 'US_IMG', institution_id: world.institutionId }]);
      expect(await count('SELECT count(*) AS n FROM recommendation_snapshots WHERE student_id = $1', [id])).toBe(1);
      expect(await count(`SELECT count(*) AS n FROM audit_events WHERE student_id = $1 AND action IN ('user.created', 'profile.created')`, [id])).toBe(2);
      // The advisor of the cohort now sees the student.
      expect((await t.inject({ method: 'GET', url: `/api/students/${id}`, headers: auth(tokens.ADVISOR) })).statusCode).toBe(200);
    });

    it('refuses a student without a profile, a profile for another role, and a cohort of another institution, writing nothing', async () => {
      const users = await count('SELECT count(*) AS n FROM users', []);
      const none = await createUser({ email: email('s1'), displayName: 'No Profile', role: 'STUDENT' });
      expect(none.statusCode).toBe(400);
      expect(fieldsOf(none.json())).toEqual(['profile']);
      const mentorProfile = await createUser({ email: email('m1'), displayName: 'Mentor', role: 'MENTOR', profile: { applicantType: 'US_MD', target: 'IR', graduationYear: 2027 } });
      expect(mentorProfile.statusCode).toBe(400);
      expect(fieldsOf(mentorProfile.json())).toEqual(['profile']);
      const foreignCohort = await t.db.query<{ id: string }[]>(`INSERT INTO cohorts (institution_id, name, match_year) VALUES ($1, 'Foreign 2027', 2027) RETURNING id`, [other.institution.id]);
      const foreign = await createUser({ email: email('s2'), displayName: 'Foreign Cohort', role: 'STUDENT', profile: { applicantType: 'US_MD', target: 'IR', graduationYear: 2027, cohortId: foreignCohort[0].id } });
      expect(foreign.statusCode).toBe(400);
      expect(fieldsOf(foreign.json())).toEqual(['profile.cohortId']);
      const badProfile = await createUser({ email: email('s3'), displayName: 'Bad Profile', role: 'STUDENT', profile: { applicantType: 'MARTIAN', target: 'XR', graduationYear: 1800 } });
      expect(badProfile.statusCode).toBe(400);
      expect(fieldsOf(badProfile.json())).toEqual(['profile.applicantType', 'profile.graduationYear', 'profile.target']);
      expect(await count('SELECT count(*) AS n FROM users', [])).toBe(users);
    });

    it('refuses bad input with the field and the reason', async () => {
      const res = await createUser({ email: 'not-an-email', displayName: '', role: 'OWNER', password: 'short', isAdmin: true });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.json())).toEqual(expect.arrayContaining(['displayName', 'email', 'isAdmin', 'password', 'role']));
      const details = res.json<{ details: { field: string; message: string }[] }>().details;
      expect(details.find((d) => d.field === 'password')?.message).toBe('password must be 12-256 characters');
      const long = await createUser({ email: email('long'), displayName: 'Long', role: 'MENTOR', password: 'x'.repeat(257) });
      expect(long.statusCode).toBe(400);
      expect(fieldsOf(long.json())).toEqual(['password']);
    });

    it('an e-mail already in use, in any institution and any case, answers 409 naming the field', async () => {
      for (const taken of [world.users.MENTOR.email.toUpperCase(), other.users.MENTOR.email]) {
        const res = await createUser({ email: taken, displayName: 'Duplicate', role: 'MENTOR' });
        expect(res.statusCode).toBe(409);
        expect(res.json()).toMatchObject({ code: 'CONFLICT', message: 'email is already in use', details: [{ field: 'email', message: 'email is already in use' }] });
      }
      // Two admins at once: one account, one 409.
      const address = email('race');
      const results = await Promise.all([1, 2].map(() => createUser({ email: address, displayName: 'Race', role: 'MENTOR' })));
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      expect(await count('SELECT count(*) AS n FROM users WHERE email = $1', [address])).toBe(1);
    });
  });

  describe('PATCH /api/admin/users/:userId', () => {
    const fresh = async (role: 'ADVISOR' | 'MENTOR' | 'ADMIN', label: string) => {
      const address = email(label);
      const created = (await createUser({ email: address, displayName: `Dr. ${label}`, role, password: TEST_PASSWORD })).json<UserView>();
      return { ...created, token: await tokenFor(t, address) };
    };

    it('renames with the current version; a stale version answers 409 with the current record and changes nothing', async () => {
      const u = await fresh('MENTOR', 'rename');
      const ok = await patchUser(u.id, { version: 1, displayName: 'Dr. Renamed' });
      expect(ok.statusCode).toBe(200);
      expect(ok.json<UserView>()).toMatchObject({ displayName: 'Dr. Renamed', version: 2 });
      const stale = await patchUser(u.id, { version: 1, displayName: 'Dr. Stale' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ code: 'CONFLICT', current: { id: u.id, displayName: 'Dr. Renamed', version: 2 } });
      expect(stale.json<{ current: object }>().current).not.toHaveProperty('passwordHash');
      expect(await userRow(u.id)).toMatchObject({ displayName: 'Dr. Renamed', version: 2 });
      expect(await count(`SELECT count(*) AS n FROM audit_events WHERE entity_id = $1 AND action = 'user.renamed'`, [u.id])).toBe(1);
      // The renamed user's token still works: a rename does not end sessions.
      expect((await t.inject({ method: 'GET', url: '/api/auth/me', headers: auth(u.token) })).statusCode).toBe(200);
    });

    it("deactivation ends the user's sessions at once; sign-in is refused until reactivated", async () => {
      const u = await fresh('ADVISOR', 'deactivate');
      const second = await tokenFor(t, u.email);
      expect((await t.inject({ method: 'GET', url: '/api/auth/me', headers: auth(u.token) })).statusCode).toBe(200);
      const res = await patchUser(u.id, { version: 1, active: false });
      expect(res.statusCode).toBe(200);
      expect(res.json<UserView>()).toMatchObject({ active: false, version: 2 });
      for (const token of [u.token, second]) expect((await t.inject({ method: 'GET', url: '/api/auth/me', headers: auth(token) })).statusCode).toBe(401);
      expect(await count('SELECT count(*) AS n FROM auth_sessions WHERE user_id = $1 AND revoked_at IS NULL', [u.id])).toBe(0);
      expect((await signIn(u.email, TEST_PASSWORD)).statusCode).toBe(401);
      expect(await count(`SELECT count(*) AS n FROM audit_events WHERE entity_id = $1 AND action = 'user.deactivated' AND actor_id = $2`, [u.id, world.users.ADMIN.id])).toBe(1);
      expect((await patchUser(u.id, { version: 2, active: true })).statusCode).toBe(200);
      expect((await signIn(u.email, TEST_PASSWORD)).statusCode).toBe(200);
    });

    it("a role change ends the user's sessions and the new role applies from the next sign-in", async () => {
      const u = await fresh('ADVISOR', 'demote');
      const res = await patchUser(u.id, { version: 1, role: 'MENTOR' });
      expect(res.statusCode).toBe(200);
      expect(res.json<UserView>().role).toBe('MENTOR');
      expect((await t.inject({ method: 'GET', url: '/api/auth/me', headers: auth(u.token) })).statusCode).toBe(401);
      const again = await tokenFor(t, u.email);
      expect((await t.inject({ method: 'GET', url: '/api/auth/me', headers: auth(again) })).json()).toMatchObject({ id: u.id, role: 'MENTOR' });
      expect((await t.inject({ method: 'GET', url: '/api/admin/audit-events', headers: auth(again) })).statusCode).toBe(403);
      expect(await count(`SELECT count(*) AS n FROM audit_events WHERE entity_id = $1 AND action = 'user.role_changed'`, [u.id])).toBe(1);
    });

    it('a new password replaces the old one and ends sessions; the password never reaches the audit trail', async () => {
      const u = await fresh('MENTOR', 'reset');
      const res = await patchUser(u.id, { version: 1, password: 'a brand new passphrase' });
      expect(res.statusCode).toBe(200);
      expect((await t.inject({ method: 'GET', url: '/api/auth/me', headers: auth(u.token) })).statusCode).toBe(401);
      expect((await signIn(u.email, TEST_PASSWORD)).statusCode).toBe(401);
      expect((await signIn(u.email, 'a brand new passphrase')).statusCode).toBe(200);
      const audit = await t.db.query<unknown[]>(`SELECT * FROM audit_events WHERE entity_id = $1`, [u.id]);
      expect(JSON.stringify(audit)).not.toContain('brand new');
      expect(JSON.stringify(audit)).toContain('user.password_reset');
      const short = await patchUser(u.id, { version: 2, password: 'too short' });
      expect(short.statusCode).toBe(400);
      expect(fieldsOf(short.json())).toEqual(['password']);
    });

    it('an admin cannot deactivate or demote themself', async () => {
      const me = world.users.ADMIN;
      const { version } = await userRow(me.id);
      const off = await patchUser(me.id, { version, active: false });
      expect(off.statusCode).toBe(400);
      expect(fieldsOf(off.json())).toEqual(['active']);
      const demote = await patchUser(me.id, { version, role: 'ADVISOR' });
      expect(demote.statusCode).toBe(400);
      expect(fieldsOf(demote.json())).toEqual(['role']);
      expect(await userRow(me.id)).toMatchObject({ active: true, role: 'ADMIN', version });
      expect((await t.inject({ method: 'GET', url: '/api/admin/users', headers: auth(admin) })).statusCode).toBe(200);
      // Another admin can do it.
      const peer = await fresh('ADMIN', 'peer');
      expect((await patchUser(peer.id, { version: 1, role: 'ADVISOR' })).statusCode).toBe(200);
    });

    it("a student's role cannot change, and no account becomes a student without a profile", async () => {
      const student = world.otherStudent;
      const { version } = await userRow(student.id);
      const res = await patchUser(student.id, { version, role: 'MENTOR' });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.json())).toEqual(['role']);
      expect((await userRow(student.id)).role).toBe('STUDENT');
      const mentor = await fresh('MENTOR', 'to-student');
      const toStudent = await patchUser(mentor.id, { version: 1, role: 'STUDENT' });
      expect(toStudent.statusCode).toBe(400);
      expect(fieldsOf(toStudent.json())).toEqual(['role']);
    });

    it('refuses bad input with the field', async () => {
      const res = await patchUser(world.users.MENTOR.id, { role: 'ROOT', active: 'no', email: 'new@x.edu' });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.json())).toEqual(expect.arrayContaining(['active', 'email', 'role', 'version']));
      expect((await t.inject({ method: 'PATCH', url: '/api/admin/users/not-a-uuid', headers: auth(admin), payload: { version: 1 } })).statusCode).toBe(404);
    });
  });

  describe('GET /api/admin/audit-events', () => {
    it('lists the institution\'s events newest first with the actor\'s name, and pages by keyset without gaps or repeats', async () => {
      const all = (await t.inject({ method: 'GET', url: '/api/admin/audit-events?limit=500', headers: auth(admin) })).json<Page<AuditEventView>>();
      expect(all.total).toBe(await count('SELECT count(*) AS n FROM audit_events WHERE institution_id = $1', [world.institutionId]));
      expect(all.items.length).toBeGreaterThan(10);
      const keys = all.items.map((e) => [e.at, Number(e.id)] as const);
      for (let i = 1; i < keys.length; i++) expect(keys[i - 1][0] > keys[i][0] || (keys[i - 1][0] === keys[i][0] && keys[i - 1][1] > keys[i][1])).toBe(true);
      const created = all.items.find((e) => e.action === 'user.created');
      expect(created?.actor).toEqual({ id: world.users.ADMIN.id, displayName: world.users.ADMIN.displayName });
      expect(Object.keys(created ?? {}).sort()).toEqual(['action', 'actor', 'at', 'entity', 'entityId', 'id', 'studentId']);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<AuditEventView> = (await t.inject({ method: 'GET', url: `/api/admin/audit-events?limit=7${cursor ? `&cursor=${cursor}` : ''}`, headers: auth(admin) })).json();
        seen.push(...page.items.map((e) => e.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all.items.map((e) => e.id));
    });

    it('never shows another institution\'s events', async () => {
      await t.db.query(`INSERT INTO audit_events (institution_id, actor_id, action) VALUES ($1, $2, 'user.created')`, [other.institution.id, other.users.ADMIN.id]);
      const res = (await t.inject({ method: 'GET', url: `/api/admin/audit-events?actorId=${other.users.ADMIN.id}`, headers: auth(admin) })).json<Page<AuditEventView>>();
      expect(res).toEqual({ items: [], nextCursor: null, total: 0 });
    });

    it('filters by actor, student, exact action, action prefix and time', async () => {
      const get = async (qs: string) => {
        const res = await t.inject({ method: 'GET', url: `/api/admin/audit-events?limit=500&${qs}`, headers: auth(admin) });
        expect(res.statusCode).toBe(200);
        return res.json<Page<AuditEventView>>().items;
      };
      const byActor = await get(`actorId=${world.users.ADMIN.id}`);
      expect(byActor.length).toBeGreaterThan(0);
      expect(byActor.every((e) => e.actor?.id === world.users.ADMIN.id)).toBe(true);

      await t.inject({ method: 'GET', url: `/api/students/${world.users.STUDENT.id}`, headers: auth(tokens.ADVISOR) });
      const byStudent = await get(`studentId=${world.users.STUDENT.id}`);
      expect(byStudent.some((e) => e.action === 'student.read' && e.actor?.id === world.users.ADVISOR.id)).toBe(true);
      expect(byStudent.every((e) => e.studentId === world.users.STUDENT.id)).toBe(true);

      const exact = await get('action=user.created');
      expect(exact.length).toBeGreaterThan(0);
      expect(exact.every((e) => e.action === 'user.created')).toBe(true);
      const prefix = await get('action=user.');
      expect(new Set(prefix.map((e) => e.action))).toEqual(new Set(['user.created', 'user.renamed', 'user.deactivated', 'user.reactivated', 'user.role_changed', 'user.password_reset']));
      expect(await get('action=user')).toEqual([]);

      const today = new Date().toISOString().slice(0, 10);
      expect((await get(`from=${today}&to=${today}`)).length).toBe((await get('')).length);
      expect(await get('to=2000-01-01')).toEqual([]);
      expect(await get(`from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([]);
      const newest = (await get(''))[0];
      const upTo = await get(`to=${encodeURIComponent(newest.at)}`);
      expect(upTo[0].id).toBe(newest.id);
    });

    it('refuses bad filters with the field', async () => {
      const res = await t.inject({ method: 'GET', url: '/api/admin/audit-events?actorId=42&from=2026-02-30&to=yesterday&limit=0&action=DROP%20TABLE', headers: auth(admin) });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.json())).toEqual(expect.arrayContaining(['action', 'actorId', 'from', 'limit', 'to']));
      const reversed = await t.inject({ method: 'GET', url: '/api/admin/audit-events?from=2026-05-02&to=2026-05-01', headers: auth(admin) });
      expect(reversed.statusCode).toBe(400);
      expect(fieldsOf(reversed.json())).toEqual(['to']);
      const tooMany = await t.inject({ method: 'GET', url: '/api/admin/audit-events?limit=501', headers: auth(admin) });
      expect(fieldsOf(tooMany.json())).toEqual(['limit']);
      const cursor = await t.inject({ method: 'GET', url: `/api/admin/audit-events?cursor=${Buffer.from('["x","y"]').toString('base64url')}`, headers: auth(admin) });
      expect(cursor.statusCode).toBe(400);
      expect(fieldsOf(cursor.json())).toEqual(['cursor']);
    });

    it('the database refuses to update or delete an audit event', async () => {
      const [{ id }] = await t.db.query<{ id: string }[]>('SELECT id FROM audit_events WHERE institution_id = $1 LIMIT 1', [world.institutionId]);
      await expect(t.db.query(`UPDATE audit_events SET action = 'tampered' WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
      await expect(t.db.query('DELETE FROM audit_events WHERE id = $1', [id])).rejects.toThrow(/append-only/);
      expect(await count(`SELECT count(*) AS n FROM audit_events WHERE id = $1 AND action <> 'tampered'`, [id])).toBe(1);
    });
  });
});
