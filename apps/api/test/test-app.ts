import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Role } from '@advising/contracts';
import { PasswordService } from '../src/modules/auth/password.service';
import type { FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import type { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '../src/config/config';
import { createApp } from '../src/create-app';
import { prepareDatabase } from '../src/database/prepare';
import { Cohort } from '../src/modules/cohorts/cohort.entity';
import { Institution } from '../src/modules/institutions/institution.entity';
import { StudentWritesService } from '../src/modules/recommendations/student-writes.service';
import { StudentProfilesService } from '../src/modules/students/student-profiles.service';
import { User } from '../src/modules/users/user.entity';

export const TEST_JWT_SECRET = 'integration-test-secret-integration-test-secret';
export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestApp {
  app: NestFastifyApplication;
  /** Fastify's in-process request injection: the full HTTP pipeline, no port. */
  inject: FastifyInstance['inject'];
  db: DataSource;
  config: AppConfig;
  close(): Promise<void>;
}

/** The real application on the run's test database (migrated, no demo data). */
export async function createTestApp(env: Record<string, string> = {}, options: { logStream?: DestinationStream; databaseUrl?: string } = {}): Promise<TestApp> {
  const url = options.databaseUrl ?? process.env['TEST_DATABASE_URL'];
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run through jest.integration.config.cjs');
  const dataDir = mkdtempSync(join(tmpdir(), 'api-it-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent', SEED_DEMO: 'false', WEB_DIST: join(dataDir, 'no-web'), JOBS: 'inline', ...env });
  const { dataSource } = await prepareDatabase(url, { seedDemo: false });
  const app = await createApp(config, dataSource, options);
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.ready();
  return {
    app,
    inject: fastify.inject.bind(fastify),
    db: dataSource,
    config,
    async close() {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let passwordHash: Promise<string> | undefined;

/** A new institution of its own with one user per role, so tests never share rows. */
export async function createInstitution(db: DataSource, label = 'Test'): Promise<{ institution: Institution; users: Record<Role, User> }> {
  passwordHash ??= new PasswordService().hash(TEST_PASSWORD);
  const tag = randomBytes(4).toString('hex');
  const institution = await db.getRepository(Institution).save({ name: `${label} School ${tag}`, slug: `${label.toLowerCase()}-${tag}` });
  const users = {} as Record<Role, User>;
  for (const role of ['ADMIN', 'ADVISOR', 'MENTOR', 'STUDENT'] as const) {
    users[role] = await db.getRepository(User).save({
      institutionId: institution.id,
      role,
      email: `${role.toLowerCase()}-${tag}@test.edu`,
      displayName: `${role} ${tag}`,
      passwordHash: await passwordHash,
      active: true,
    });
  }
  return { institution, users };
}

/**
 * A small advising world in a new institution: a cohort advised by the ADVISOR, holding the
 * STUDENT (with a profile and a first recommendation), plus a second, unadvised student.
 */
export async function createAdvisingWorld(t: TestApp, label = 'World'): Promise<{
  institutionId: string;
  users: Record<Role, User>;
  cohortId: string;
  otherStudent: User;
}> {
  const { institution, users } = await createInstitution(t.db, label);
  const profiles = t.app.get(StudentProfilesService);
  const actor = { id: users.ADMIN.id, institutionId: institution.id };
  const cohort = await t.db.getRepository(Cohort).save({ institutionId: institution.id, name: `Match 2027 ${label}`, matchYear: 2027 });
  await t.db.query('INSERT INTO cohort_advisors (cohort_id, advisor_id) VALUES ($1, $2)', [cohort.id, users.ADVISOR.id]);
  const otherStudent = await t.db.getRepository(User).save({
    institutionId: institution.id,
    role: 'STUDENT',
    email: `other-${randomBytes(4).toString('hex')}@test.edu`,
    displayName: 'Other Student',
    passwordHash: await (passwordHash ?? Promise.resolve('x')),
    active: true,
  });
  await t.app.get(StudentWritesService).transaction(async (tx) => {
    await profiles.create(tx, actor, users.STUDENT.id, cohort.id, { applicantType: 'US_MD', target: 'IR', graduationYear: 2027, applicationYear: 2026 });
    await profiles.create(tx, actor, otherStudent.id, null, { applicantType: 'US_IMG', target: 'DR', graduationYear: 2025 });
  });
  return { institutionId: institution.id, users, cohortId: cohort.id, otherStudent };
}

/** Signs in through the API and returns the access token. */
export async function tokenFor(t: TestApp, email: string): Promise<string> {
  const res = await t.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD }, remoteAddress: `198.51.100.${Math.floor(Math.random() * 250) + 1}` });
  if (res.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${res.body}`);
  return res.json<{ accessToken: string }>().accessToken;
}

export type AdvisingWorld = Awaited<ReturnType<typeof createAdvisingWorld>>;

/** The request headers that carry an access token. */
export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** Signs in each of a world's users, one role after the other, and returns their access tokens by role. */
export async function signInAll(t: TestApp, world: { users: Record<Role, User> }): Promise<Record<Role, string>> {
  const tokens = {} as Record<Role, string>;
  for (const role of ['ADMIN', 'ADVISOR', 'MENTOR', 'STUDENT'] as const) tokens[role] = await tokenFor(t, world.users[role].email);
  return tokens;
}
