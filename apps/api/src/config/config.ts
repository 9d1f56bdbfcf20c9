import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { workspaceRoot } from './workspace-root';

/** A configuration problem that stops the process with one clear line. */
export class ConfigError extends Error {}

const boolish = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { message: 'must be development, production or test' }).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number({ message: 'must be a port number' }).int('must be a whole number').min(0).max(65535, 'must be at most 65535').default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/[^\s]+$/, 'must be a postgres:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be a pino level (fatal, error, warn, info, debug, trace, silent)' }).default('info'),
  SEED_DEMO: boolish.optional(),
  WEB_DIST: z.string().min(1).optional(),
  TRUST_PROXY: z
    .string()
    .transform((v) => v.trim())
    .refine((v) => v !== 'true', 'must name the proxy (its address, e.g. 127.0.0.1, or the number of proxies in front, e.g. 1), never "true": that would let any client choose its own address')
    .refine((v) => v === 'false' || /^\d{1,2}$/.test(v) || v.split(',').every((part) => isIP(part.trim().split('/')[0] ?? '') !== 0), 'must be false, a number of proxies (e.g. 1), or proxy addresses or CIDR ranges separated by commas')
    .transform((v): TrustProxy => (v === 'false' || v === '0' ? false : /^\d{1,2}$/.test(v) ? Number(v) : v.split(',').map((part) => part.trim())))
    .default(false),
  JOBS: z.enum(['postgres', 'inline'], { message: 'must be postgres or inline' }).default('postgres'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number({ message: 'must be a number of milliseconds' }).int('must be a whole number').min(0).max(600_000, 'must be at most 600000').default(10_000),
});

/** Whom to believe about the client's address: nobody (false), the last N hops, or these proxies. */
export type TrustProxy = false | number | string[];

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Set: use this PostgreSQL server. Unset: an embedded PostgreSQL persisted in dataDir. */
  databaseUrl?: string;
  dataDir: string;
  jwtSecret: string;
  logLevel: string;
  seedDemo: boolean;
  webDist: string;
  trustProxy: TrustProxy;
  /** How long a shutdown waits for requests in flight before closing what is left. */
  shutdownTimeoutMs: number;
  /** Background jobs: on PostgreSQL (pg-boss), or run inline in this process (tests). */
  jobs: 'postgres' | 'inline';
}

/**
 * Reads and validates the environment. Throws ConfigError naming the variable and the reason.
 * Without JWT_SECRET outside production, a secret is generated once and kept in DATA_DIR.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Configuration error: ${String(issue.path[0])} ${issue.message}.`);
  }
  const c = parsed.data;
  const root = workspaceRoot();
  const dataDir = resolve(c.DATA_DIR ?? join(root, '.data'));
  if (c.NODE_ENV === 'production' && !c.JWT_SECRET) {
    throw new ConfigError('Configuration error: JWT_SECRET is required when NODE_ENV=production (at least 32 characters).');
  }
  return {
    env: c.NODE_ENV,
    host: c.HOST,
    port: c.PORT,
    databaseUrl: c.DATABASE_URL,
    dataDir,
    jwtSecret: c.JWT_SECRET ?? persistedSecret(dataDir),
    logLevel: c.LOG_LEVEL,
    seedDemo: c.SEED_DEMO ?? c.NODE_ENV !== 'production',
    webDist: resolve(c.WEB_DIST ?? join(root, 'apps/web/dist')),
    trustProxy: c.TRUST_PROXY,
    shutdownTimeoutMs: c.SHUTDOWN_TIMEOUT_MS,
    jobs: c.JOBS,
  };
}

function persistedSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length >= 32) return secret;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
