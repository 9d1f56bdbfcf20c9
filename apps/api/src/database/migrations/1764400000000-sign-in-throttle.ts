import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling counted and checked in one statement per key: one row per account+address
 * pair, per address and per account, locked by the upsert that counts an attempt.
 */
export class SignInThrottle1764400000000 implements MigrationInterface {
  name = 'SignInThrottle1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sign_in_throttle (
        key text PRIMARY KEY,
        attempts integer NOT NULL CHECK (attempts >= 0),
        window_started_at timestamptz NOT NULL DEFAULT now(),
        next_attempt_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sign_in_throttle_window_idx ON sign_in_throttle (window_started_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS sign_in_throttle`);
  }
}
