import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A failed sign-in, counted per account and per address to throttle guessing across API processes. */
@Entity({ name: 'auth_failures' })
@Index('auth_failures_key_time_idx', ['key', 'createdAt'])
export class AuthFailure {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  /** `account:<email>` or `address:<ip>`. */
  @Column({ type: 'text' })
  key!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
