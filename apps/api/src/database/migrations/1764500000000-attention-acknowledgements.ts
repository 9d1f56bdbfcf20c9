import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An advisor's acknowledgement of a student's needs-attention items: a short note and a date to
 * look again. The student leaves the list until that date, or until something new happens.
 */
export class AttentionAcknowledgements1764500000000 implements MigrationInterface {
  name = 'AttentionAcknowledgements1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attention_acknowledgements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        institution_id uuid NOT NULL REFERENCES institutions(id) ON DELETE RESTRICT,
        student_id uuid NOT NULL REFERENCES student_profiles(user_id) ON DELETE CASCADE,
        advisor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        note text NOT NULL,
        follow_up_on date NOT NULL,
        items jsonb NOT NULL DEFAULT '[]'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX attention_acknowledgements_student_idx ON attention_acknowledgements (student_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attention_acknowledgements`);
  }
}
