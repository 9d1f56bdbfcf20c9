import type { AuditEventView } from '@advising/contracts';

/** One row of the audit listing query: the event and its actor's name. */
export interface AuditEventRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  student_id: string | null;
  entity: string | null;
  entity_id: string | null;
}

export function toAuditEventView(row: AuditEventRow): AuditEventView {
  return {
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    actor: row.actor_id ? { id: row.actor_id, displayName: row.actor_name ?? 'Former user' } : null,
    action: row.action,
    studentId: row.student_id,
    entity: row.entity,
    entityId: row.entity_id,
  };
}
