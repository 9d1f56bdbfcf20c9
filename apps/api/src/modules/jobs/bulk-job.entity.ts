import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type BulkJobStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

/** A bulk job an admin can follow (see the bulk-jobs migration). */
@Entity({ name: 'bulk_jobs' })
export class BulkJob {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'institution_id', type: 'uuid' }) institutionId!: string;
  @Column({ type: 'text' }) kind!: 'recompute';
  @Column({ type: 'text' }) trigger!: string;
  @Column({ name: 'as_of', type: 'date' }) asOf!: string;
  /** The rules version the job was queued under. */
  @Column({ name: 'rules_version', type: 'text' }) rulesVersion!: string;
  @Column({ type: 'text' }) status!: BulkJobStatus;
  @Column({ type: 'int' }) done!: number;
  @Column({ type: 'int' }) total!: number;
  @Column({ type: 'int' }) changed!: number;
  @Column({ type: 'int' }) attempts!: number;
  @Column({ name: 'requested_by', type: 'uuid', nullable: true }) requestedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}
