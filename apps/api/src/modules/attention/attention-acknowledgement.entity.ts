import type { AttentionItem } from '@advising/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An advisor's acknowledgement of a student's needs-attention items (see its migration). */
@Entity({ name: 'attention_acknowledgements' })
export class AttentionAcknowledgement {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'institution_id', type: 'uuid' }) institutionId!: string;
  @Column({ name: 'student_id', type: 'uuid' }) studentId!: string;
  @Column({ name: 'advisor_id', type: 'uuid', nullable: true }) advisorId!: string | null;
  @Column({ type: 'text' }) note!: string;
  @Column({ name: 'follow_up_on', type: 'date' }) followUpOn!: string;
  @Column({ type: 'jsonb' }) items!: AttentionItem[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
