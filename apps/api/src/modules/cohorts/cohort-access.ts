import { PERMISSIONS, type EndpointPermission, type PermissionId, type Scope } from '@advising/contracts';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { AuditEvent } from '../audit/audit-event.entity';

/** The scope of the caller's role on a permission, from the one table (a role without one reaches nothing). */
export function scopeOf(user: AuthUser, permission: PermissionId): Scope {
  const entry: EndpointPermission = PERMISSIONS[permission];
  return entry.allow[user.role] ?? 'self';
}

/** Cohorts of the caller's institution that a scope reaches (alias `c`; `$1` is the caller). */
export function cohortScopeSql(scope: Scope): string {
  if (scope === 'institution') return 'true';
  if (scope === 'advised') return 'EXISTS (SELECT 1 FROM cohort_advisors ca WHERE ca.cohort_id = c.id AND ca.advisor_id = $1)';
  return 'false';
}

/** Audits one action on many students in one statement (reads of a student's own record excluded). */
export async function recordForStudents(manager: EntityManager, actor: AuthUser, studentIds: string[], action: string, entity = 'student', entityId?: string): Promise<void> {
  const rows = studentIds
    .filter((id) => id !== actor.id)
    .map((studentId) => ({ institutionId: actor.institutionId, actorId: actor.id, action, studentId, entity, entityId: entityId ?? studentId }));
  if (rows.length) await manager.getRepository(AuditEvent).insert(rows);
}
