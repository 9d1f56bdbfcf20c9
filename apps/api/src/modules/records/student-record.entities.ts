import type { ExamName, ExamResult, ResearchField, ResearchKind, ResearchStatus, RotationOutcome, RotationSetting, RotationStatus, Specialty } from '@advising/strategy-rules';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Columns every fact about a student carries: tenant, owner, optimistic-lock version and times. */
abstract class StudentFact {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'institution_id', type: 'uuid' })
  institutionId!: string;

  @Column({ name: 'student_id', type: 'uuid' })
  studentId!: string;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'exam_attempts' })
export class ExamAttempt extends StudentFact {
  @Column({ type: 'text' }) exam!: ExamName;
  @Column({ type: 'text' }) result!: ExamResult;
  @Column({ type: 'int', nullable: true }) score!: number | null;
  @Column({ name: 'taken_on', type: 'date', nullable: true }) date!: string | null;
}

@Entity({ name: 'rotations' })
export class Rotation extends StudentFact {
  @Column({ type: 'text' }) specialty!: Specialty;
  @Column({ type: 'text' }) setting!: RotationSetting;
  @Column({ name: 'site_name', type: 'text' }) siteName!: string;
  @Column({ name: 'in_us', type: 'boolean', default: true }) inUS!: boolean;
  @Column({ type: 'int' }) weeks!: number;
  @Column({ name: 'start_date', type: 'date', nullable: true }) startDate!: string | null;
  @Column({ name: 'end_date', type: 'date', nullable: true }) endDate!: string | null;
  @Column({ type: 'text' }) status!: RotationStatus;
  @Column({ type: 'text', nullable: true }) outcome!: RotationOutcome | null;
  @Column({ name: 'evaluator_comment', type: 'text', nullable: true }) evaluatorComment!: string | null;
}

@Entity({ name: 'research_items' })
export class ResearchItem extends StudentFact {
  @Column({ type: 'text' }) field!: ResearchField;
  @Column({ type: 'text' }) kind!: ResearchKind;
  @Column({ type: 'text' }) status!: ResearchStatus;
  @Column({ type: 'text' }) title!: string;
  @Column({ name: 'item_date', type: 'date', nullable: true }) date!: string | null;
}
