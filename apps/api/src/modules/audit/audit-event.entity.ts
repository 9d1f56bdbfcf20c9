import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who did or read what, when (UTC). Append-only: the database refuses updates and deletes. */
@Entity({ name: 'audit_events' })
export class AuditEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column({ name: 'institution_id', type: 'uuid' }) institutionId!: string;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  /** e.g. `student.read`, `exam.created`, `letter.committed`, `user.deactivated`. */
  @Column({ type: 'text' }) action!: string;
  @Column({ name: 'student_id', type: 'uuid', nullable: true }) studentId!: string | null;
  @Column({ type: 'text', nullable: true }) entity!: string | null;
  @Column({ name: 'entity_id', type: 'text', nullable: true }) entityId!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at!: Date;
}
