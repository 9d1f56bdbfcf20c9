import type { Band, Pathway, Recommendation, RecommendationChange } from '@advising/strategy-rules';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A student's recommendation at one moment, stored whenever it changed; the timeline is these rows. */
@Entity({ name: 'recommendation_snapshots' })
export class RecommendationSnapshot {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'institution_id', type: 'uuid' }) institutionId!: string;
  @Column({ name: 'student_id', type: 'uuid' }) studentId!: string;
  @Column({ name: 'rules_version', type: 'text' }) rulesVersion!: string;
  @Column({ name: 'computed_at', type: 'timestamptz', default: () => 'now()' }) computedAt!: Date;
  /** What changed, e.g. `exam.created`, `profile.updated`, `import`, `rules.upgraded`. */
  @Column({ type: 'text' }) trigger!: string;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'jsonb' }) recommendation!: Recommendation;
  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` }) changes!: RecommendationChange[];
  @Column({ type: 'text' }) pathway!: Pathway;
  @Column({ name: 'band_ir', type: 'text' }) bandIR!: Band;
  @Column({ name: 'band_dr', type: 'text' }) bandDR!: Band;
  @Column({ type: 'text', array: true, default: () => `'{}'` }) flags!: string[];
  @Column({ name: 'critical_flags', type: 'int', default: 0 }) criticalFlags!: number;
  @Column({ name: 'letters_secured', type: 'int', default: 0 }) lettersSecured!: number;
  @Column({ name: 'letters_needed', type: 'int', default: 0 }) lettersNeeded!: number;
  @Column({ name: 'pathway_rank', type: 'int' }) pathwayRank!: number;
  @Column({ name: 'previous_pathway_rank', type: 'int', nullable: true }) previousPathwayRank!: number | null;
}

/** An advisor's pathway decision over the engine's (pathway null: withdrawn). */
@Entity({ name: 'advisor_overrides' })
export class AdvisorOverride {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'institution_id', type: 'uuid' }) institutionId!: string;
  @Column({ name: 'student_id', type: 'uuid' }) studentId!: string;
  @Column({ type: 'text', nullable: true }) pathway!: Pathway | null;
  @Column({ type: 'text' }) reason!: string;
  @Column({ name: 'advisor_id', type: 'uuid', nullable: true }) advisorId!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}
