import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk jobs an institution's admins can follow: a recomputation of every student's
 * recommendation (after the calendar moved on, a rules upgrade, or on request), with progress.
 * The queue itself (pg-boss) keeps its own tables in the `pgboss` schema.
 */
export class BulkJobs1764400300000 implements MigrationInterface {
  name = 'BulkJobs1764400300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bulk_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        institution_id uuid NOT NULL REFERENCES institutions(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('recompute')),
        trigger text NOT NULL,
        as_of date NOT NULL,
        rules_version text NOT NULL,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        done integer NOT NULL DEFAULT 0 CHECK (done >= 0),
        total integer NOT NULL DEFAULT 0 CHECK (total >= 0),
        changed integer NOT NULL DEFAULT 0 CHECK (changed >= 0),
        attempts integer NOT NULL DEFAULT 0,
        requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX bulk_jobs_institution_created_idx ON bulk_jobs (institution_id, created_at DESC)`);
    // One calendar or rules recomputation per institution and trigger at a time, whatever the number of processes.
    await q.query(`CREATE UNIQUE INDEX bulk_jobs_one_open_idx ON bulk_jobs (institution_id, kind, trigger, as_of) WHERE status IN ('QUEUED', 'RUNNING')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bulk_jobs`);
  }
}
