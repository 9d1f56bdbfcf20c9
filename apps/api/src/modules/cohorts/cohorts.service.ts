import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ERROR_CODES, type CohortView, type FieldError, type Scope } from '@advising/contracts';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { conflict, updateVersioned } from '../../common/persistence/versioned';
import { AuditService } from '../audit/audit.service';
import { Cohort } from './cohort.entity';
import { toCohortView, type CohortRow } from './cohort.mappers';
import type { AddStudentsDto, CreateCohortDto, SetAdvisorsDto, UpdateCohortDto } from './dto/cohort.dto';
import { cohortScopeSql, recordForStudents, scopeOf } from './cohort-access';
import { todayUtc } from '../../common/dates';
import { needsAttention } from './attention';
import { scopedStudentsWhere, SqlParams, studentRowsSql, type StudentRow } from './student-rows.sql';

const COHORT_NAME_UNIQUE = 'cohorts_institution_name_uq';

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = (error as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError;
  return driver?.code === '23505' && (!constraint || driver.constraint === constraint);
}

const duplicateName = (): ConflictException =>
  new ConflictException({ code: ERROR_CODES.CONFLICT, message: 'A cohort with this name already exists in your institution.', details: [{ field: 'name', message: 'is already used by another cohort' }] });

const invalid = (message: string, details: FieldError[]): BadRequestException => new BadRequestException({ code: ERROR_CODES.VALIDATION_FAILED, message, details });

/**
 * Cohorts: list (with student counts and who needs attention), create, rename, assign advisors and
 * move students in. Each write is one transaction with its audit event.
 */
@Injectable()
export class CohortsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Admins: every cohort of the institution; advisors: the cohorts they advise. One query whatever the sizes. */
  async list(user: AuthUser): Promise<CohortView[]> {
    const rows = await this.query(this.db.manager, user, scopeOf(user, 'cohorts.list'));
    return rows.map(toCohortView);
  }

  async create(user: AuthUser, dto: CreateCohortDto): Promise<CohortView> {
    const id = await this.db
      .transaction(async (tx) => {
        const saved = await tx.getRepository(Cohort).save(tx.getRepository(Cohort).create({ institutionId: user.institutionId, name: dto.name, matchYear: dto.matchYear }));
        await this.audit.record(tx, user, { action: 'cohort.created', entity: 'cohort', entityId: saved.id });
        return saved.id;
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error, COHORT_NAME_UNIQUE) ? duplicateName() : error;
      });
    return this.view(this.db.manager, user, id);
  }

  async update(user: AuthUser, cohortId: string, dto: UpdateCohortDto): Promise<CohortView> {
    const { version, ...patch } = dto;
    try {
      await this.db.transaction(async (tx) => {
        await updateVersioned(tx, Cohort, { id: cohortId, institutionId: user.institutionId }, version, patch, (c) => c.id);
        await this.audit.record(tx, user, { action: 'cohort.updated', entity: 'cohort', entityId: cohortId });
      });
    } catch (error) {
      if (isUniqueViolation(error, COHORT_NAME_UNIQUE)) throw duplicateName();
      // A stale version: answer with the whole current cohort, as the other views do.
      if (error instanceof ConflictException) throw conflict(await this.view(this.db.manager, user, cohortId));
      throw error;
    }
    return this.view(this.db.manager, user, cohortId);
  }

  /** Replaces the cohort's advisors; each must be an active ADVISOR of the institution. */
  async setAdvisors(user: AuthUser, cohortId: string, dto: SetAdvisorsDto): Promise<CohortView> {
    await this.db.transaction(async (tx) => {
      await this.lockCohort(tx, user, cohortId);
      const found = await tx.query<{ id: string; role: string; active: boolean }[]>('SELECT id, role, active FROM users WHERE id = ANY($1::uuid[]) AND institution_id = $2', [dto.advisorIds, user.institutionId]);
      const byId = new Map(found.map((u) => [u.id, u]));
      const errors: FieldError[] = [];
      dto.advisorIds.forEach((id, i) => {
        const advisor = byId.get(id);
        if (!advisor) errors.push({ field: `advisorIds.${i}`, message: 'is not a user of your institution' });
        else if (advisor.role !== 'ADVISOR') errors.push({ field: `advisorIds.${i}`, message: 'is not an advisor' });
        else if (!advisor.active) errors.push({ field: `advisorIds.${i}`, message: 'is a deactivated account' });
      });
      if (errors.length) throw invalid('Only active advisors of your institution can advise a cohort.', errors);
      await tx.query('DELETE FROM cohort_advisors WHERE cohort_id = $1', [cohortId]);
      if (dto.advisorIds.length) await tx.query('INSERT INTO cohort_advisors (cohort_id, advisor_id) SELECT $1, unnest($2::uuid[])', [cohortId, dto.advisorIds]);
      await this.audit.record(tx, user, { action: 'cohort.advisors.set', entity: 'cohort', entityId: cohortId });
    });
    return this.view(this.db.manager, user, cohortId);
  }

  /** Moves students (with a profile, of the institution) into the cohort; students already there stay. */
  async addStudents(user: AuthUser, cohortId: string, dto: AddStudentsDto): Promise<CohortView> {
    await this.db.transaction(async (tx) => {
      await this.lockCohort(tx, user, cohortId);
      const found = await tx.query<{ id: string; role: string; hasProfile: boolean; cohortId: string | null }[]>(
        `SELECT u.id, u.role, sp.user_id IS NOT NULL AS "hasProfile", sp.cohort_id AS "cohortId"
           FROM users u LEFT JOIN student_profiles sp ON sp.user_id = u.id AND sp.institution_id = u.institution_id
          WHERE u.id = ANY($1::uuid[]) AND u.institution_id = $2`,
        [dto.studentIds, user.institutionId],
      );
      const byId = new Map(found.map((u) => [u.id, u]));
      const errors: FieldError[] = [];
      dto.studentIds.forEach((id, i) => {
        const student = byId.get(id);
        if (!student || student.role !== 'STUDENT') errors.push({ field: `studentIds.${i}`, message: 'is not a student of your institution' });
        else if (!student.hasProfile) errors.push({ field: `studentIds.${i}`, message: 'has no student profile yet' });
      });
      if (errors.length) throw invalid('Only students of your institution with a profile can join a cohort.', errors);
      const moving = dto.studentIds.filter((id) => byId.get(id)?.cohortId !== cohortId);
      if (moving.length === 0) return;
      await tx.query('UPDATE student_profiles SET cohort_id = $1, updated_at = now() WHERE user_id = ANY($2::uuid[]) AND institution_id = $3', [cohortId, moving, user.institutionId]);
      await recordForStudents(tx, user, moving, 'student.cohort.changed', 'cohort', cohortId);
    });
    return this.view(this.db.manager, user, cohortId);
  }

  /** One cohort as the caller sees it (after a write: admins reach the whole institution). */
  async view(manager: EntityManager, user: AuthUser, cohortId: string): Promise<CohortView> {
    const [row] = await this.query(manager, user, user.role === 'ADMIN' ? 'institution' : scopeOf(user, 'cohorts.list'), cohortId);
    if (!row) throw new NotFoundException({ message: 'Cohort not found.' });
    return toCohortView(row);
  }

  private async lockCohort(tx: EntityManager, user: AuthUser, cohortId: string): Promise<void> {
    const rows: unknown[] = await tx.query('SELECT id FROM cohorts WHERE id = $1 AND institution_id = $2 FOR UPDATE', [cohortId, user.institutionId]);
    if (rows.length === 0) throw new NotFoundException({ message: 'Cohort not found.' });
  }

  /**
   * Cohorts with their advisors, student count and the number needing attention: two statements
   * whatever the number of cohorts and students (the cohorts; the students' rows, judged by the
   * same attention rules as the cohort dashboard, so the counts and the lists agree).
   */
  private async query(manager: EntityManager, user: AuthUser, scope: Scope, cohortId?: string): Promise<CohortRow[]> {
    const params = new SqlParams(user.id, user.institutionId);
    const only = cohortId ? `AND c.id = ${params.add(cohortId)}` : '';
    const cohorts = await manager.query<Omit<CohortRow, 'needsAttention'>[]>(
      `SELECT c.id, c.name, c.match_year AS "matchYear", c.version,
              COALESCE((SELECT json_agg(json_build_object('id', a.id, 'displayName', a.display_name) ORDER BY lower(a.display_name), a.id)
                          FROM cohort_advisors ca JOIN users a ON a.id = ca.advisor_id WHERE ca.cohort_id = c.id), '[]'::json) AS advisors,
              (SELECT count(*) FROM student_profiles sp WHERE sp.cohort_id = c.id)::int AS "studentCount"
         FROM cohorts c
        WHERE c.institution_id = $2 AND $1::uuid IS NOT NULL AND ${cohortScopeSql(scope)} ${only}
        ORDER BY c.match_year DESC, lower(c.name), c.id`,
      params.values,
    );
    const studentParams = new SqlParams(user.id, user.institutionId);
    const students = await manager.query<StudentRow[]>(
      studentRowsSql(`${scopedStudentsWhere(scope)} AND sp.cohort_id IS NOT NULL ${cohortId ? `AND sp.cohort_id = ${studentParams.add(cohortId)}` : ''}`),
      studentParams.values,
    );
    const today = todayUtc();
    const attention = new Map<string, number>();
    for (const row of students) {
      const entry = needsAttention(row, today);
      if (entry && entry !== 'acknowledged' && row.cohortId) attention.set(row.cohortId, (attention.get(row.cohortId) ?? 0) + 1);
    }
    return cohorts.map((c) => ({ ...c, needsAttention: attention.get(c.id) ?? 0 }));
  }
}
