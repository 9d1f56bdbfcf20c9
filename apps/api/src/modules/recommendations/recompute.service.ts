import { Injectable, NotFoundException } from '@nestjs/common';
import { diffRecommendations, PATHWAY_RANK, recommend, RULES_VERSION, type Recommendation } from '@advising/strategy-rules';
import { In, type EntityManager } from 'typeorm';
import { isoDay } from '../../common/dates';
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
    const row = snapshotRow({ ...ctx, at }, recommendation, latest);
    if (!row) return { recommendation, snapshot: null };
    const snapshot = await manager.getRepository(RecommendationSnapshot).save(manager.getRepository(RecommendationSnapshot).create(row));
    return { recommendation, snapshot };
  }

  /**
   * Recomputes a batch of students (already locked by the caller) with a fixed number of
   * statements whatever the batch's size: five reads of their facts, one of their latest
   * snapshots, and one insert of the snapshots that changed.
   */
  async recomputeMany(manager: EntityManager, ctx: Omit<RecomputeContext, 'studentId'>, studentIds: readonly string[]): Promise<RecommendationSnapshot[]> {
    if (studentIds.length === 0) return [];
    const at = ctx.at ?? new Date();
    const ids = [...studentIds];
    const where = { studentId: In(ids), institutionId: ctx.institutionId };
    const order = { createdAt: 'ASC' as const, id: 'ASC' as const };
    const profiles = await manager.getRepository(StudentProfile).find({ where: { userId: In(ids), institutionId: ctx.institutionId } });
    const exams = await manager.getRepository(ExamAttempt).find({ where, order });
    const rotations = await manager.getRepository(Rotation).find({ where, order });
    const research = await manager.getRepository(ResearchItem).find({ where, order });
    const letters = await manager.getRepository(LetterRequest).find({ where, order: { requestedAt: 'ASC', id: 'ASC' } });
    const latest = await manager
      .getRepository(RecommendationSnapshot)
      .createQueryBuilder('rs')
      .distinctOn(['rs.studentId'])
      .where('rs.studentId IN (:...ids)', { ids })
      .orderBy('rs.studentId')
      .addOrderBy('rs.computedAt', 'DESC')
      .addOrderBy('rs.id', 'DESC')
      .getMany();
    const byStudent = <T extends { studentId: string }>(rows: T[]): Map<string, T[]> => {
      const map = new Map<string, T[]>();
      for (const row of rows) map.set(row.studentId, [...(map.get(row.studentId) ?? []), row]);
      return map;
    };
    const [examsOf, rotationsOf, researchOf, lettersOf] = [byStudent(exams), byStudent(rotations), byStudent(research), byStudent(letters)];
    const latestOf = new Map(latest.map((snapshot) => [snapshot.studentId, snapshot]));
    const rows: Partial<RecommendationSnapshot>[] = [];
    for (const profile of profiles) {
      const studentId = profile.userId;
      const facts: StudentFacts = { profile, exams: examsOf.get(studentId) ?? [], rotations: rotationsOf.get(studentId) ?? [], research: researchOf.get(studentId) ?? [], letters: lettersOf.get(studentId) ?? [] };
      const recommendation = recommend(toApplicantProfile(facts), { asOf: isoDay(at) });
      const row = snapshotRow({ ...ctx, studentId, at }, recommendation, latestOf.get(studentId) ?? null);
      if (row) rows.push(row);
    }
    if (rows.length === 0) return [];
    // One statement for the batch: the rows travel as one JSON document that PostgreSQL unpacks.
    const inserted: { id: string; student_id: string }[] = await manager.query(
      `INSERT INTO recommendation_snapshots (institution_id, student_id, rules_version, computed_at, trigger, actor_id, recommendation, changes, pathway, band_ir, band_dr,
                                             flags, critical_flags, letters_secured, letters_needed, pathway_rank, previous_pathway_rank)
       SELECT r."institutionId", r."studentId", r."rulesVersion", r."computedAt", r.trigger, r."actorId", r.recommendation, r.changes, r.pathway, r."bandIR", r."bandDR",
              r.flags, r."criticalFlags", r."lettersSecured", r."lettersNeeded", r."pathwayRank", r."previousPathwayRank"
         FROM jsonb_to_recordset($1::jsonb) AS r("institutionId" uuid, "studentId" uuid, "rulesVersion" text, "computedAt" timestamptz, trigger text, "actorId" uuid,
              recommendation jsonb, changes jsonb, pathway text, "bandIR" text, "bandDR" text, flags text[], "criticalFlags" int, "lettersSecured" int,
              "lettersNeeded" int, "pathwayRank" int, "previousPathwayRank" int)
       RETURNING id, student_id`,
      [JSON.stringify(rows)],
    );
    const idOf = new Map(inserted.map((row) => [row.student_id, row.id]));
    return rows.map((row) => ({ ...row, id: idOf.get(row.studentId as string) }) as RecommendationSnapshot);
  }
}

/** The snapshot to store for a new recommendation, or null when it does not differ from the latest one. */
function snapshotRow(ctx: RecomputeContext & { at: Date }, recommendation: Recommendation, latest: RecommendationSnapshot | null): Partial<RecommendationSnapshot> | null {
  const changes = latest ? diffRecommendations(latest.recommendation, recommendation) : [];
  if (latest && changes.length === 0) return null;
  return {
    institutionId: ctx.institutionId,
    studentId: ctx.studentId,
    rulesVersion: RULES_VERSION,
    computedAt: ctx.at,
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
  };
}
