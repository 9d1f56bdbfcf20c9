import type { LetterStatus, Specialty } from '@advising/strategy-rules';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A letter of recommendation a student asked for: from a mentor of the institution or an external writer. */
@Entity({ name: 'letter_requests' })
export class LetterRequest {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'institution_id', type: 'uuid' }) institutionId!: string;
  @Column({ name: 'student_id', type: 'uuid' }) studentId!: string;
  @Column({ name: 'mentor_id', type: 'uuid', nullable: true }) mentorId!: string | null;
  @Column({ name: 'writer_name', type: 'text' }) writerName!: string;
  @Column({ name: 'writer_specialty', type: 'text' }) writerSpecialty!: Specialty;
  @Column({ name: 'writer_in_us', type: 'boolean', default: true }) writerInUS!: boolean;
  @Column({ type: 'text', default: 'REQUESTED' }) status!: LetterStatus;
  @Column({ name: 'due_date', type: 'date', nullable: true }) dueDate!: string | null;
  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' }) requestedAt!: Date;
  @Column({ name: 'committed_at', type: 'timestamptz', nullable: true }) committedAt!: Date | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Column({ name: 'declined_at', type: 'timestamptz', nullable: true }) declinedAt!: Date | null;
  @Column({ name: 'mentor_note', type: 'text', nullable: true }) mentorNote!: string | null;
  @VersionColumn({ default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
