import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An advisor's note on a student: advisors and admins only. */
@Entity({ name: 'advisor_notes' })
export class AdvisorNote {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'institution_id', type: 'uuid' }) institutionId!: string;
  @Column({ name: 'student_id', type: 'uuid' }) studentId!: string;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}
