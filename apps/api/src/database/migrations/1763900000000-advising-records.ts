import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Exams, rotations, research, letters, recommendation history, overrides, notes and the audit trail. */
export class AdvisingRecords1763900000000 implements MigrationInterface {
  name = 'AdvisingRecords1763900000000';

  async up(q: QueryRunner): Promise<void> {
    const studentFk = `student_id uuid NOT NULL REFERENCES student_profiles(user_id) ON DELETE CASCADE`;
    const institutionFk = `institution_id uuid NOT NULL REFERENCES institutions(id) ON DELETE RESTRICT`;
    const stamps = `version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()`;
    await q.query(`
      CREATE TABLE exam_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ${institutionFk},
        ${studentFk},
        exam text NOT NULL CHECK (exam IN ('STEP1', 'STEP2CK', 'STEP3')),
        result text NOT NULL CHECK (result IN ('PASS', 'FAIL', 'SCHEDULED')),
        score integer CHECK (score BETWEEN 1 AND 300),
        taken_on date,
        ${stamps}
      )`);
    await q.query(`CREATE INDEX exam_attempts_student_idx ON exam_attempts (student_id)`);
    await q.query(`CREATE INDEX exam_attempts_institution_exam_idx ON exam_attempts (institution_id, exam)`);

    await q.query(`
      CREATE TABLE rotations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ${institutionFk},
        ${studentFk},
        specialty text NOT NULL CHECK (specialty IN ('IR', 'DR', 'IM', 'SURGERY', 'EM', 'OTHER')),
        setting text NOT NULL CHECK (setting IN ('HOME', 'AWAY')),
        site_name text NOT NULL,
        in_us boolean NOT NULL DEFAULT true,
        weeks integer NOT NULL CHECK (weeks BETWEEN 1 AND 52),
        start_date date,
        end_date date,
        status text NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'COMPLETED')),
        outcome text CHECK (outcome IN ('HONORS', 'HIGH_PASS', 'PASS', 'FAIL')),
        evaluator_comment text,
        ${stamps},
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX rotations_student_idx ON rotations (student_id)`);
    await q.query(`CREATE INDEX rotations_institution_site_idx ON rotations (institution_id, site_name)`);

    await q.query(`
      CREATE TABLE research_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ${institutionFk},
        ${studentFk},
        field text NOT NULL CHECK (field IN ('IR', 'DR', 'OTHER')),
        kind text NOT NULL CHECK (kind IN ('PUBLICATION', 'ABSTRACT', 'POSTER', 'PRESENTATION', 'CASE_REPORT', 'QI', 'PROJECT')),
        status text NOT NULL CHECK (status IN ('IN_PROGRESS', 'SUBMITTED', 'ACCEPTED', 'PUBLISHED', 'PRESENTED')),
        title text NOT NULL,
        item_date date,
        ${stamps}
      )`);
    await q.query(`CREATE INDEX research_items_student_idx ON research_items (student_id)`);

    await q.query(`
      CREATE TABLE letter_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ${institutionFk},
        ${studentFk},
        mentor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        writer_name text NOT NULL,
        writer_specialty text NOT NULL CHECK (writer_specialty IN ('IR', 'DR', 'IM', 'SURGERY', 'EM', 'OTHER')),
        writer_in_us boolean NOT NULL DEFAULT true,
        status text NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'COMMITTED', 'SUBMITTED', 'DECLINED')),
        due_date date,
        requested_at timestamptz NOT NULL DEFAULT now(),
        committed_at timestamptz,
        submitted_at timestamptz,
        declined_at timestamptz,
        mentor_note text,
        ${stamps}
      )`);
    await q.query(`CREATE INDEX letter_requests_student_idx ON letter_requests (student_id)`);
    await q.query(`CREATE INDEX letter_requests_mentor_idx ON letter_requests (mentor_id, status)`);
    await q.query(`CREATE INDEX letter_requests_institution_status_due_idx ON letter_requests (institution_id, status, due_date)`);

    await q.query(`
      CREATE TABLE recommendation_snapshots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ${institutionFk},
        ${studentFk},
        rules_version text NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        trigger text NOT NULL,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        recommendation jsonb NOT NULL,
        changes jsonb NOT NULL DEFAULT '[]'::jsonb,
        pathway text NOT NULL,
        band_ir text NOT NULL,
        band_dr text NOT NULL,
        flags text[] NOT NULL DEFAULT '{}',
        critical_flags integer NOT NULL DEFAULT 0,
        letters_secured integer NOT NULL DEFAULT 0,
        letters_needed integer NOT NULL DEFAULT 0,
        pathway_rank integer NOT NULL,
        previous_pathway_rank integer
      )`);
    await q.query(`CREATE INDEX recommendation_snapshots_student_time_idx ON recommendation_snapshots (student_id, computed_at DESC)`);
    await q.query(`CREATE INDEX recommendation_snapshots_institution_time_idx ON recommendation_snapshots (institution_id, computed_at)`);

    await q.query(`
      CREATE TABLE advisor_overrides (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ${institutionFk},
        ${studentFk},
        pathway text,
        reason text NOT NULL,
        advisor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX advisor_overrides_student_time_idx ON advisor_overrides (student_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE advisor_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ${institutionFk},
        ${studentFk},
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX advisor_notes_student_idx ON advisor_notes (student_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        institution_id uuid NOT NULL REFERENCES institutions(id) ON DELETE RESTRICT,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        action text NOT NULL,
        student_id uuid,
        entity text,
        entity_id text,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_events_institution_time_idx ON audit_events (institution_id, at DESC)`);
    await q.query(`CREATE INDEX audit_events_student_idx ON audit_events (student_id, at DESC)`);
    // The audit trail is append-only: no role of the application may change or remove an event.
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit events are append-only';
      END $$`);
    await q.query(`CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);

    await q.query(`CREATE INDEX student_profiles_cohort_idx ON student_profiles (cohort_id)`);
    await q.query(`CREATE INDEX users_display_name_idx ON users (institution_id, lower(display_name))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS users_display_name_idx`);
    await q.query(`DROP INDEX IF EXISTS student_profiles_cohort_idx`);
    await q.query(`DROP TABLE IF EXISTS audit_events`);
    await q.query(`DROP FUNCTION IF EXISTS audit_events_append_only()`);
    for (const table of ['advisor_notes', 'advisor_overrides', 'recommendation_snapshots', 'letter_requests', 'research_items', 'rotations', 'exam_attempts']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
