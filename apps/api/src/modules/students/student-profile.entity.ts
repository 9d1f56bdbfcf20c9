import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Cohort } from '../cohorts/cohort.entity';
import { User } from '../users/user.entity';

export type ApplicantType = 'US_MD' | 'US_DO' | 'US_IMG' | 'NON_US_IMG';
export type TargetSpecialty = 'IR' | 'DR';

/** A student's basic facts; one row per student user. */
@Entity({ name: 'student_profiles' })
@Index('student_profiles_institution_cohort_idx', ['institutionId', 'cohortId'])
export class StudentProfile {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ name: 'institution_id', type: 'uuid' })
  institutionId!: string;

  @Column({ name: 'cohort_id', type: 'uuid', nullable: true })
  cohortId!: string | null;

  @ManyToOne(() => Cohort, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Cohort | null;

  @Column({ name: 'applicant_type', type: 'text' })
  applicantType!: ApplicantType;

  @Column({ type: 'text' })
  target!: TargetSpecialty;

  @Column({ name: 'graduation_year', type: 'int' })
  graduationYear!: number;

  @Column({ name: 'application_year', type: 'int', nullable: true })
  applicationYear!: number | null;

  @Column({ name: 'needs_visa', type: 'boolean', default: false })
  needsVisa!: boolean;

  @Column({ name: 'home_program_has_ir', type: 'boolean', default: false })
  homeProgramHasIR!: boolean;

  @Column({ name: 'previous_applications', type: 'int', default: 0 })
  previousApplications!: number;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
