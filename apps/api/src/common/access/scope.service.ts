import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ResourceKind, Scope } from '@advising/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth-user';

/**
 * Always true, yet names $1: PostgreSQL refuses a statement whose parameter $1 is sent but never
 * used ("could not determine data type of parameter $1"), which an institution-wide scope would be.
 */
const ANY_CALLER = '$1::uuid IS NOT NULL';

/** The SQL condition that makes a student (aliased `sp`, a student_profiles row) visible under a scope; $1 is the caller. */
export function studentScopeSql(scope: Scope): string {
  switch (scope) {
    case 'institution':
      return ANY_CALLER;
    case 'advised':
      return 'EXISTS (SELECT 1 FROM cohort_advisors ca WHERE ca.cohort_id = sp.cohort_id AND ca.advisor_id = $1)';
    case 'own':
      return 'sp.user_id = $1';
    case 'mentee':
      return 'EXISTS (SELECT 1 FROM letter_requests lr_m WHERE lr_m.student_id = sp.user_id AND lr_m.mentor_id = $1)';
    case 'self':
      return 'false';
  }
}

const QUERIES: Record<Exclude<ResourceKind, null>, (scope: Scope) => string> = {
  student: (scope) => `SELECT 1 FROM student_profiles sp WHERE sp.user_id = $2 AND sp.institution_id = $3 AND ${studentScopeSql(scope)}`,
  cohort: (scope) =>
    `SELECT 1 FROM cohorts c WHERE c.id = $2 AND c.institution_id = $3 AND ${
      scope === 'institution' ? ANY_CALLER : scope === 'advised' ? 'EXISTS (SELECT 1 FROM cohort_advisors ca WHERE ca.cohort_id = c.id AND ca.advisor_id = $1)' : 'false'
    }`,
  letter: (scope) =>
    `SELECT 1 FROM letter_requests lr JOIN student_profiles sp ON sp.user_id = lr.student_id
      WHERE lr.id = $2 AND lr.institution_id = $3 AND ${scope === 'mentee' ? 'lr.mentor_id = $1' : studentScopeSql(scope)}`,
  user: (scope) => `SELECT 1 FROM users u WHERE u.id = $2 AND u.institution_id = $3 AND ${scope === 'institution' ? ANY_CALLER : 'u.id = $1'}`,
  job: (scope) => `SELECT 1 FROM bulk_jobs j WHERE j.id = $2 AND j.institution_id = $3 AND ${scope === 'institution' ? ANY_CALLER : 'false'}`,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Checks that the record named in a path is one the caller may reach: in their institution and
 * within their scope. Anything else answers 404, so other institutions' ids reveal nothing.
 */
@Injectable()
export class ScopeService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async assertReachable(user: AuthUser, resource: Exclude<ResourceKind, null>, id: string | undefined, scope: Scope, manager: EntityManager = this.db.manager): Promise<void> {
    if (!id || !UUID.test(id)) throw notFound(resource);
    const rows: unknown[] = await manager.query(QUERIES[resource](scope), [user.id, id, user.institutionId]);
    if (rows.length === 0) throw notFound(resource);
  }
}

export function notFound(resource: string): NotFoundException {
  const noun = resource.charAt(0).toUpperCase() + resource.slice(1);
  return new NotFoundException({ message: `${noun} not found.` });
}
