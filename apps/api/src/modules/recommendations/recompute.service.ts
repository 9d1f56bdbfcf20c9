import { Injectable, NotFoundException } from '@nestjs/common';
import { diffRecommendations, PATHWAY_RANK, recommend, RULES_VERSION, type Recommendation } from '@advising/strategy-rules';
import type { EntityManager } from 'typeorm';
import { LetterRequest } from '../letters/letter-request.entity';
import { ExamAttempt, ResearchItem, Rotation } from '../records/student-record.entities';
import { StudentProfile } from '../students/student-profile.entity';
import { toApplicantProfile, type StudentFacts } from './profile-mapper';
import { RecommendationSnapshot } from './recommendation-snapshot.entity';

export interface RecomputeContext {
  institutionId: string;
  studentId: string;
  /** What changed, e.g. `exam.created`. */
  trigger: string;
  actorId: string | null;
  /** When the change happened; defaults to now. Only the demo data back-dates. */
  at?: Date;
}

export interface RecomputeResult {
  recommendation: Recommendation;
  /** The new snapshot, or null when the recommendation did not change. */
  snapshot: RecommendationSnapshot | null;
}

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * Keeps each student's recommendation current. Called inside the transaction of every write that
 * changes a student's facts: it locks the student, recomputes with the rules engine and stores a
 * snapshot only when the result differs from the latest one.
 */
@Injectable()
export class RecomputeService {
  async loadFacts(manager: EntityManager, institutionId: string, studentId: string, lock = false): Promise<StudentFacts> {
    const profiles = manager.getRepository(StudentProfile);
    const profile = await profiles.findOne({ where: { userId: studentId, institutionId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!profile) throw new NotFoundException({ message: 'Student not found.' });
    const where = { studentId, institutionId };
    const order = { createdAt: 'ASC' as const, id: 'ASC' as const };
    // One after another: inside a transaction they share one connection.
    const exams = await manager.getRepository(ExamAttempt).find({ where, order });
    const rotations = await manager.getRepository(Rotation).find({ where, order });
    const research = await manager.getRepository(ResearchItem).find({ where, order });
    const letters = await manager.getRepository(LetterRequest).find({ where, order: { requestedAt: 'ASC', id: 'ASC' } });
    return { profile, exams, rotations, research, letters };
  }

  async latest(manager: EntityManager, studentId: string): Promise<RecommendationSnapshot | null> {
    return manager.getRepository(RecommendationSnapshot).findOne({ where: { studentId }, order: { computedAt: 'DESC', id: 'DESC' } });
  }

  /** `facts`: the student's facts already read under the student's lock in this transaction. */
  async recompute(manager: EntityManager, ctx: RecomputeContext, facts?: StudentFacts): Promise<RecomputeResult> {
    const at = ctx.at ?? new Date();
    facts ??= await this.loadFacts(manager, ctx.institutionId, ctx.studentId, true);
    const recommendation = recommend(toApplicantProfile(facts), { asOf: isoDay(at) });
    const latest = await this.latest(manager, ctx.studentId);
    const changes = latest ? diffRecommendations(latest.recommendation, recommendation) : [];
    if (latest && changes.length === 0) return { recommendation, snapshot: null };
    const snapshot = await manager.getRepository(RecommendationSnapshot).save(
      manager.getRepository(RecommendationSnapshot).create({
        institutionId: ctx.institutionId,
        studentId: ctx.studentId,
        rulesVersion: RULES_VERSION,
        computedAt: at,
        trigger: ctx.trigger,
        actorId: ctx.actorId,
        recommendation,
        changes,
        pathway: recommendation.primaryPathway,
        bandIR: recommendation.bands.ir,
        bandDR: recommendation.bands.dr,
        flags: recommendation.flags.map((f) => String(f.code)),
        criticalFlags: recommendation.flags.filter((f) => f.severity === 'CRITICAL').length,
        lettersSecured: recommendation.letters.secured,
        lettersNeeded: recommendation.letters.needed,
        pathwayRank: PATHWAY_RANK[recommendation.primaryPathway],
        previousPathwayRank: latest ? latest.pathwayRank : null,
      }),
    );
    return { recommendation, snapshot };
  }
}
