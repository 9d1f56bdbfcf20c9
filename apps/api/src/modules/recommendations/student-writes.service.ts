import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ERROR_CODES, type AuditAction, type FieldError } from '@advising/contracts';
import { validateProfile } from '@advising/strategy-rules';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { todayUtc } from '../../common/dates';
import { DomainEvents, type DomainEvent } from '../../common/events/domain-events';
import { AuditService } from '../audit/audit.service';
import { StudentProfile } from '../students/student-profile.entity';
import { toApplicantProfile, type StudentFacts } from './profile-mapper';
import { RecomputeService } from './recompute.service';

/** What a write did to a student's facts: the audit action (also the recompute trigger) and the record. */
export interface StudentChange {
  action: AuditAction;
  entity: string;
  entityId: string;
}

type Actor = Pick<AuthUser, 'id' | 'institutionId'>;

/** What a unit of work returns: its value, the change it made, and any further events to emit after commit. */
export interface StudentWork<T> {
  value: T;
  change: StudentChange;
  events?: DomainEvent[];
}

/**
 * The one write path for a student's facts. Every change runs here, in one transaction that
 * 1. locks the student's row first (so concurrent writes to one student queue up instead of
 *    deadlocking: an insert's foreign-key share lock is never upgraded afterwards),
 * 2. runs the change,
 * 3. checks the whole record against the rules engine's own validation (what the engine refuses
 *    is never stored),
 * 4. recomputes the recommendation once and writes the audit event.
 */
@Injectable()
export class StudentWritesService {
  /** Events of each open transaction, emitted once it has committed (and dropped if it rolls back). */
  private readonly pending = new WeakMap<EntityManager, DomainEvent[]>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly recompute: RecomputeService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  /** Runs `work` as a write to one student's facts, in a transaction of its own. */
  write<T>(actor: Actor, studentId: string, work: (tx: EntityManager) => Promise<StudentWork<T>>): Promise<T> {
    return this.transaction(async (tx) => {
      await lockStudents(tx, actor.institutionId, [studentId]);
      const { value, change, events = [] } = await work(tx);
      await this.settle(tx, actor, studentId, change);
      this.pending.get(tx)?.push(...events);
      return value;
    });
  }

  /**
   * A transaction whose student writes (see settle) emit their domain events after it commits:
   * once each, and never if it rolls back. For writes that span several students.
   */
  async transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    const events: DomainEvent[] = [];
    const value = await this.db.transaction(async (tx) => {
      this.pending.set(tx, events);
      return work(tx);
    });
    for (const event of events) this.events.emit(event);
    return value;
  }

  /**
   * Validates, recomputes and audits a change already made inside the caller's transaction
   * (which must hold the student's lock: see lockStudents). For writes that span several
   * students, such as a cohort import.
   */
  async settle(tx: EntityManager, actor: Actor, studentId: string, change: StudentChange): Promise<void> {
    const pending = this.pending.get(tx);
    if (!pending) throw new Error('A student write must run inside StudentWritesService.transaction (or write).');
    const facts = await this.recompute.loadFacts(tx, actor.institutionId, studentId);
    assertEngineAccepts(facts);
    const { snapshot } = await this.recompute.recompute(tx, { institutionId: actor.institutionId, studentId, trigger: change.action, actorId: actor.id }, facts);
    await this.audit.record(tx, actor, { action: change.action, studentId, entity: change.entity, entityId: change.entityId });
    pending.push({ name: 'student.facts.changed', payload: { institutionId: actor.institutionId, studentId, actorId: actor.id, ...change } });
    if (snapshot) {
      pending.push({ name: 'recommendation.changed', payload: { institutionId: actor.institutionId, studentId, snapshotId: snapshot.id, trigger: change.action, changes: snapshot.changes } });
    }
  }
}

/**
 * Locks students' rows (FOR UPDATE) in one fixed order, before anything else in the transaction
 * touches their facts. Every writer takes the same locks in the same order, so writers to one
 * student wait for each other and never deadlock. 404 when a student is not in the institution.
 */
export async function lockStudents(tx: EntityManager, institutionId: string, studentIds: readonly string[]): Promise<void> {
  const ids = [...new Set(studentIds)].sort();
  if (ids.length === 0) return;
  const rows: { user_id: string }[] = await tx.query(
    `SELECT user_id FROM ${tx.getRepository(StudentProfile).metadata.tableName} WHERE institution_id = $1 AND user_id = ANY($2::uuid[]) ORDER BY user_id FOR UPDATE`,
    [institutionId, ids],
  );
  if (rows.length !== ids.length) throw new NotFoundException({ message: 'Student not found.' });
}

/** The record as the engine sees it must be one it accepts; a refusal names the request's own field. */
function assertEngineAccepts(facts: StudentFacts): void {
  // As of today: no passed result or completed rotation dated in the future.
  const result = validateProfile(toApplicantProfile(facts), { asOf: todayUtc() });
  if (result.ok) return;
  const details: FieldError[] = result.errors.map((error) => ({ field: requestField(error.path), message: error.message }));
  throw new BadRequestException({ code: ERROR_CODES.VALIDATION_FAILED, message: 'This change would make the record inconsistent; nothing was saved.', details });
}

/** The engine names a field of its merged profile (`exams[2].result`); a request names `result`. */
export function requestField(path: string): string {
  const match = /^(\w+)\[\d+\]\.?(.*)$/.exec(path);
  return match ? match[2] || match[1] : path;
}
