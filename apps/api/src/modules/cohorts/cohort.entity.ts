import { Column, CreateDateColumn, Entity, Index, JoinTable, ManyToMany, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { User } from '../users/user.entity';

/** A group of students applying in the same match year, advised by one or more advisors. */
@Entity({ name: 'cohorts' })
@Index('cohorts_institution_name_uq', ['institutionId', 'name'], { unique: true })
export class Cohort {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'institution_id', type: 'uuid' })
  institutionId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'match_year', type: 'int' })
  matchYear!: number;

  @ManyToMany(() => User)
  @JoinTable({ name: 'cohort_advisors', joinColumn: { name: 'cohort_id' }, inverseJoinColumn: { name: 'advisor_id' } })
  advisors?: User[];

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
