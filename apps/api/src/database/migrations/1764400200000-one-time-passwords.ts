import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One-time passwords: the account must set its own password, and the one-time one signs in once. */
export class OneTimePasswords1764400200000 implements MigrationInterface {
  name = 'OneTimePasswords1764400200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE users ADD COLUMN one_time_password_used_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN IF EXISTS one_time_password_used_at`);
    await q.query(`ALTER TABLE users DROP COLUMN IF EXISTS must_change_password`);
  }
}
