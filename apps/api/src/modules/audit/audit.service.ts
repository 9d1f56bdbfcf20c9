import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ERROR_CODES, type AuditAction, type AuditEventView, type Page } from '@advising/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { decodeCursor, encodeCursor } from '../../common/persistence/keyset-cursor';
import { AuditEvent } from './audit-event.entity';
import { toAuditEventView, type AuditEventRow } from './audit.mappers';
import type { AuditQueryDto } from './dto/audit-query.dto';

export interface AuditEntry {
  /** One of the closed list in the contracts, so every action has its words. */
  action: AuditAction;
  studentId?: string | null;
  entity?: string | null;
  entityId?: string | null;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A bound of the `from`/`to` filter as an instant. `from` is inclusive; `to` is turned into an
 * exclusive bound: a bare date covers its whole day (UTC), a date-time its whole millisecond (the
 * precision the API shows), so `to=<an event's at>` includes that event.
 */
function bound(value: string, field: 'from' | 'to'): Date {
  const dateOnly = DATE_ONLY.test(value);
  const at = new Date(dateOnly ? `${value}T00:00:00.000Z` : value);
  if (Number.isNaN(at.getTime())) throw invalid(field, `${field} must be an ISO 8601 date or date-time`);
  if (field === 'to') at.setTime(at.getTime() + (dateOnly ? 86_400_000 : 1));
  return at;
}

function invalid(field: string, message: string): BadRequestException {
  return new BadRequestException({ code: ERROR_CODES.VALIDATION_FAILED, message: 'The request has invalid fields.', details: [{ field, message }] });
}

/** Writes the audit trail: every write (in the writer's transaction) and every read of a student's record by someone else. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(manager: EntityManager, actor: Pick<AuthUser, 'id' | 'institutionId'>, entry: AuditEntry): Promise<void> {
    await manager.getRepository(AuditEvent).insert({
      institutionId: actor.institutionId,
      actorId: actor.id,
      action: entry.action,
      studentId: entry.studentId ?? null,
      entity: entry.entity ?? null,
      entityId: entry.entityId ?? null,
    });
  }

  /** A read of a student's record: audited unless the reader is the student. */
  async recordRead(actor: AuthUser, studentId: string, action: AuditAction): Promise<void> {
    if (actor.id === studentId) return;
    await this.record(this.db.manager, actor, { action, studentId, entity: 'student', entityId: studentId });
  }

  /**
   * The institution's audit trail, newest first, filtered; keyset pagination on (at, id) so pages
   * stay stable while new events arrive. Reads only: the trail is never changed.
   */
  async list(user: AuthUser, query: AuditQueryDto): Promise<Page<AuditEventView>> {
    const limit = query.limit ?? 100;
    const params: unknown[] = [user.institutionId];
    const where = ['ae.institution_id = $1'];
    const add = (sql: (n: string) => string, value: unknown): void => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (query.actorId) add((p) => `ae.actor_id = ${p}`, query.actorId);
    if (query.studentId) add((p) => `ae.student_id = ${p}`, query.studentId);
    if (query.action) {
      if (query.action.endsWith('.')) add((p) => `starts_with(ae.action, ${p})`, query.action);
      else add((p) => `ae.action = ${p}`, query.action);
    }
    const from = query.from ? bound(query.from, 'from') : null;
    const to = query.to ? bound(query.to, 'to') : null;
    if (from && to && to <= from) throw invalid('to', 'to must not be before from');
    if (from) add((p) => `ae.at >= ${p}`, from.toISOString());
    if (to) add((p) => `ae.at < ${p}`, to.toISOString());

    const filtered = [...where];
    const filterParams = [...params];
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, 2);
      if (Number.isNaN(Date.parse(at)) || !/^\d{1,18}$/.test(id)) throw invalid('cursor', 'cursor is not valid: pass the nextCursor of a previous page');
      params.push(at, id);
      where.push(`(ae.at, ae.id) < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`);
    }
    params.push(limit + 1);
    const rows: (AuditEventRow & { at_key: string })[] = await this.db.query(
      `SELECT ae.id, ae.at, ae.actor_id, u.display_name AS actor_name, ae.action, ae.student_id, ae.entity, ae.entity_id,
              to_char(ae.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at_key
         FROM audit_events ae LEFT JOIN users u ON u.id = ae.actor_id
        WHERE ${where.join(' AND ')}
        ORDER BY ae.at DESC, ae.id DESC
        LIMIT $${params.length}`,
      params,
    );
    const [{ total }] = await this.db.query<{ total: string }[]>(`SELECT count(*) AS total FROM audit_events ae WHERE ${filtered.join(' AND ')}`, filterParams);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toAuditEventView),
      nextCursor: rows.length > limit && last ? encodeCursor([last.at_key, String(last.id)]) : null,
      total: Number(total),
    };
  }
}
