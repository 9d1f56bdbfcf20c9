import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ERROR_CODES, type OverrideView, type PersonRef, type TimelineEntry, type WhatIfResult } from '@advising/contracts';
import { describeOverride, diffRecommendations, recommend, validateProfile, type ApplicantProfile, type Pathway, type Recommendation } from '@advising/strategy-rules';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { todayUtc as today } from '../../common/dates';
import { AuditService } from '../audit/audit.service';
import { User } from '../users/user.entity';
import type { OverrideDto } from './dto/override.dto';
import type { WhatIfDto } from './dto/what-if.dto';
import { toApplicantProfile } from './profile-mapper';
import { RecomputeService } from './recompute.service';
import { AdvisorOverride, RecommendationSnapshot } from './recommendation-snapshot.entity';
import { toOverrideView, toSnapshotView } from './recommendation.mappers';

/** Looks up display names for a set of user ids in one query. */
export async function peopleById(manager: EntityManager, ids: (string | null)[]): Promise<Map<string, PersonRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const users = await manager.getRepository(User).find({ where: { id: In(wanted) }, select: { id: true, displayName: true } });
  return new Map(users.map((u) => [u.id, { id: u.id, displayName: u.displayName }]));
}

@Injectable()
export class RecommendationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly recompute: RecomputeService,
    private readonly audit: AuditService,
  ) {}

  /** The student's history: recomputed snapshots and advisor overrides, newest first. */
  async timeline(user: AuthUser, studentId: string): Promise<TimelineEntry[]> {
    const where = { studentId, institutionId: user.institutionId };
    const [snapshots, overrides] = await Promise.all([
      this.db.getRepository(RecommendationSnapshot).find({ where, order: { computedAt: 'DESC', id: 'DESC' } }),
      this.db.getRepository(AdvisorOverride).find({ where, order: { createdAt: 'DESC', id: 'DESC' } }),
    ]);
    const people = await peopleById(this.db.manager, [...snapshots.map((s) => s.actorId), ...overrides.map((o) => o.advisorId)]);
    await this.audit.recordRead(user, studentId, 'student.timeline.read');
    const entries: TimelineEntry[] = [
      ...snapshots.map((s): TimelineEntry => ({ kind: 'RECOMPUTED', at: s.computedAt.toISOString(), snapshot: toSnapshotView(s, s.actorId ? (people.get(s.actorId) ?? null) : null) })),
      ...overrides.map((o): TimelineEntry => ({ kind: 'OVERRIDE', at: o.createdAt.toISOString(), override: toOverrideView(o, o.advisorId ? (people.get(o.advisorId) ?? null) : null) })),
    ];
    return entries.sort((a, b) => b.at.localeCompare(a.at));
  }

  /** The recommendation as of today, computed from the stored facts (nothing is stored). */
  async current(manager: EntityManager, institutionId: string, studentId: string): Promise<{ profile: ApplicantProfile; recommendation: Recommendation }> {
    const profile = toApplicantProfile(await this.recompute.loadFacts(manager, institutionId, studentId));
    return { profile, recommendation: recommend(profile, { asOf: today() }) };
  }

  /** What a hypothetical change would do to the plan; stores nothing. */
  async whatIf(user: AuthUser, studentId: string, change: WhatIfDto): Promise<WhatIfResult> {
    const { profile, recommendation: current } = await this.current(this.db.manager, user.institutionId, studentId);
    const candidate: Record<string, unknown> = {
      ...profile,
      ...(change.profile ?? {}),
      exams: [...(change.step2ckScore !== undefined ? profile.exams.filter((e) => e.exam !== 'STEP2CK') : profile.exams), ...(change.step2ckScore !== undefined ? [{ exam: 'STEP2CK', result: 'PASS', score: change.step2ckScore }] : []), ...(change.addExams ?? [])],
      rotations: [...profile.rotations, ...(change.addRotations ?? [])],
      research: [...profile.research, ...(change.addResearch ?? [])],
      letters: [...profile.letters, ...(change.addLetters ?? [])],
    };
    const checked = validateProfile(candidate);
    if (!checked.ok) {
      throw new BadRequestException({
        code: ERROR_CODES.VALIDATION_FAILED,
        message: 'The what-if change has invalid fields.',
        details: checked.errors.map((e) => ({ field: this.whatIfField(e.path, profile, change), message: this.whatIfMessage(e.message, profile, change) })),
      });
    }
    const whatIf = recommend(checked.profile, { asOf: today() });
    await this.audit.recordRead(user, studentId, 'student.what-if');
    return { current, whatIf, changes: diffRecommendations(current, whatIf) };
  }

  async setOverride(user: AuthUser, studentId: string, dto: OverrideDto): Promise<OverrideView> {
    return this.db.transaction(async (tx) => {
      const saved = await tx.getRepository(AdvisorOverride).save(tx.getRepository(AdvisorOverride).create({ institutionId: user.institutionId, studentId, pathway: dto.pathway, reason: dto.reason, advisorId: user.id }));
      await this.audit.record(tx, user, { action: 'override.set', studentId, entity: 'override', entityId: saved.id });
      const people = await peopleById(tx, [user.id]);
      return { ...toOverrideView(saved, people.get(user.id) ?? null), ...(await this.overridePlan(tx, user.institutionId, studentId, dto.pathway)) };
    });
  }

  /** The whole plan for an advisor's pathway as of today, and its difference from the rules' own plan in one line. */
  async overridePlan(manager: EntityManager, institutionId: string, studentId: string, pathway: Pathway): Promise<{ plan: Recommendation; difference: string }> {
    const profile = toApplicantProfile(await this.recompute.loadFacts(manager, institutionId, studentId));
    const asOf = today();
    const rules = recommend(profile, { asOf });
    const plan = recommend(profile, { asOf, pathway });
    return { plan, difference: describeOverride(rules, plan) };
  }

  async clearOverride(user: AuthUser, studentId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const active = await this.activeOverride(tx, user.institutionId, studentId);
      if (!active) return;
      const saved = await tx.getRepository(AdvisorOverride).save(tx.getRepository(AdvisorOverride).create({ institutionId: user.institutionId, studentId, pathway: null, reason: 'Override withdrawn', advisorId: user.id }));
      await this.audit.record(tx, user, { action: 'override.cleared', studentId, entity: 'override', entityId: saved.id });
    });
  }

  /** The override in force: the latest one, unless it was a withdrawal. */
  async activeOverride(manager: EntityManager, institutionId: string, studentId: string): Promise<AdvisorOverride | null> {
    const latest = await manager.getRepository(AdvisorOverride).findOne({ where: { institutionId, studentId }, order: { createdAt: 'DESC', id: 'DESC' } });
    return latest && latest.pathway ? latest : null;
  }

  /**
   * Maps a path of the engine's merged profile (`exams[3].score`, `graduationYear`) back to the
   * request's own fields (`addExams.0.score`, `step2ckScore`, `profile.graduationYear`). A problem
   * in the student's recorded facts, which the request did not send, is named `record.exams.1.result`.
   */
  private whatIfField(path: string, base: ApplicantProfile, change: WhatIfDto): string {
    const item = /^(exams|rotations|research|letters)\[(\d+)\](?:\.(.+))?$/.exec(path);
    if (!item) return path === '(root)' ? 'profile' : `profile.${path.replace(/\[(\d+)\]/g, '.$1')}`;
    const [, list, index, rest] = item as unknown as [string, 'exams' | 'rotations' | 'research' | 'letters', string, string | undefined];
    const i = Number(index);
    const replacesStep2ck = list === 'exams' && change.step2ckScore !== undefined;
    const recorded = replacesStep2ck ? base.exams.filter((e) => e.exam !== 'STEP2CK').length : base[list].length;
    const added = { exams: 'addExams', rotations: 'addRotations', research: 'addResearch', letters: 'addLetters' }[list];
    let field: string;
    if (i < recorded) field = `record.${list}.${i}`;
    else if (replacesStep2ck && i === recorded) return 'step2ckScore';
    else field = `${added}.${i - recorded - (replacesStep2ck ? 1 : 0)}`;
    return rest ? `${field}.${rest.replace(/\[(\d+)\]/g, '.$1')}` : field;
  }

  /** The engine's message with its own paths (`exams[0]`) named as the request names them. */
  private whatIfMessage(message: string, base: ApplicantProfile, change: WhatIfDto): string {
    return message.replace(/\b(exams|rotations|research|letters)\[(\d+)\]/g, (whole) => this.whatIfField(whole, base, change));
  }
}
