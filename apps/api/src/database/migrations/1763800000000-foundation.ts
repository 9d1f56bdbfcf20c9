import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Institutions, users, cohorts, student profiles and the sign-in tables. */
export class Foundation1763800000000 implements MigrationInterface {
  name = 'Foundation1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE institutions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        slug text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        institution_id uuid NOT NULL REFERENCES institutions(id) ON DELETE RESTRICT,
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN', 'ADVISOR', 'MENTOR', 'STUDENT')),
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX users_institution_role_idx ON users (institution_id, role)`);
    await q.query(`
      CREATE TABLE cohorts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        institution_id uuid NOT NULL REFERENCES institutions(id) ON DELETE RESTRICT,
        name text NOT NULL,
        match_year integer NOT NULL CHECK (match_year BETWEEN 2000 AND 2100),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX cohorts_institution_name_uq ON cohorts (institution_id, name)`);
    await q.query(`
      CREATE TABLE cohort_advisors (
        cohort_id uuid NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        advisor_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        PRIMARY KEY (cohort_id, advisor_id)
      )`);
    await q.query(`CREATE INDEX cohort_advisors_advisor_idx ON cohort_advisors (advisor_id)`);
    await q.query(`
      CREATE TABLE student_profiles (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        institution_id uuid NOT NULL REFERENCES institutions(id) ON DELETE RESTRICT,
        cohort_id uuid REFERENCES cohorts(id) ON DELETE SET NULL,
        applicant_type text NOT NULL CHECK (applicant_type IN ('US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG')),
        target text NOT NULL CHECK (target IN ('IR', 'DR')),
        graduation_year integer NOT NULL CHECK (graduation_year BETWEEN 1950 AND 2100),
        application_year integer CHECK (application_year BETWEEN 1950 AND 2100),
        needs_visa boolean NOT NULL DEFAULT false,
        home_program_has_ir boolean NOT NULL DEFAULT false,
        previous_applications integer NOT NULL DEFAULT 0 CHECK (previous_applications >= 0),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX student_profiles_institution_cohort_idx ON student_profiles (institution_id, cohort_id)`);
    await q.query(`
      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        institution_id uuid NOT NULL REFERENCES institutions(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text
      )`);
    await q.query(`CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id)`);
    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES auth_sessions(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id)`);
    await q.query(`
      CREATE TABLE auth_failures (
        id bigserial PRIMARY KEY,
        key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX auth_failures_key_time_idx ON auth_failures (key, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['auth_failures', 'refresh_tokens', 'auth_sessions', 'student_profiles', 'cohort_advisors', 'cohorts', 'users', 'institutions']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
