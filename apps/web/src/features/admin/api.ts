import type { ApplicantType, Target } from '@advising/strategy-rules';
import type { AuditEventView, BulkJobView, CohortView, ImportResult, Page, Role, UserView } from '@advising/contracts';
import type { ApiClient } from '../../lib/api-client';

/** Query string from the set values only. */
export function toQuery(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

// Users

export interface UserFilters {
  role?: Role;
  /** 'true' | 'false' as in the URL. */
  active?: string;
  q?: string;
}

export function fetchUsers(client: ApiClient, filters: UserFilters & { cursor?: string; limit?: number }, signal?: AbortSignal): Promise<Page<UserView>> {
  return client.get<Page<UserView>>(`/admin/users${toQuery({ ...filters })}`, { signal });
}

export interface NewStudentProfile {
  applicantType: ApplicantType;
  target: Target;
  graduationYear: number;
  cohortId?: string | null;
}

export interface CreateUserInput {
  email: string;
  displayName: string;
  role: Role;
  password?: string;
  profile?: NewStudentProfile;
}

/** The new account; `oneTimePassword` comes once, when no password was given. */
export type CreatedUser = UserView & { oneTimePassword?: string };

export function createUser(client: ApiClient, input: CreateUserInput): Promise<CreatedUser> {
  return client.post<CreatedUser>('/admin/users', input);
}

export interface UpdateUserInput {
  userId: string;
  version: number;
  role?: Role;
  active?: boolean;
}

export function updateUser(client: ApiClient, { userId, ...body }: UpdateUserInput): Promise<UserView> {
  return client.request<UserView>('PATCH', `/admin/users/${encodeURIComponent(userId)}`, body);
}

// Cohorts

export function fetchCohorts(client: ApiClient, signal?: AbortSignal): Promise<CohortView[]> {
  return client.get<CohortView[]>('/cohorts', { signal });
}

export function createCohort(client: ApiClient, input: { name: string; matchYear: number }): Promise<CohortView> {
  return client.post<CohortView>('/cohorts', input);
}

export function updateCohort(client: ApiClient, { cohortId, ...body }: { cohortId: string; version: number; name?: string; matchYear?: number }): Promise<CohortView> {
  return client.request<CohortView>('PATCH', `/cohorts/${encodeURIComponent(cohortId)}`, body);
}

export function setCohortAdvisors(client: ApiClient, { cohortId, advisorIds }: { cohortId: string; advisorIds: string[] }): Promise<CohortView> {
  return client.request<CohortView>('PUT', `/cohorts/${encodeURIComponent(cohortId)}/advisors`, { advisorIds });
}

export function addCohortStudents(client: ApiClient, { cohortId, studentIds }: { cohortId: string; studentIds: string[] }): Promise<CohortView> {
  return client.post<CohortView>(`/cohorts/${encodeURIComponent(cohortId)}/students`, { studentIds });
}

export function importCohortCsv(client: ApiClient, { cohortId, csv, dryRun }: { cohortId: string; csv: string; dryRun: boolean }): Promise<ImportResult> {
  return client.request<ImportResult>('POST', `/cohorts/${encodeURIComponent(cohortId)}/import?dryRun=${String(dryRun)}`, csv, {
    contentType: 'text/csv',
  });
}

// Audit

export interface AuditFilters {
  actorId?: string;
  studentId?: string;
  action?: string;
  from?: string;
  to?: string;
}

export function fetchAuditEvents(client: ApiClient, filters: AuditFilters & { cursor?: string; limit?: number }, signal?: AbortSignal): Promise<Page<AuditEventView>> {
  return client.get<Page<AuditEventView>>(`/admin/audit-events${toQuery({ ...filters })}`, { signal });
}

// Background jobs

export function fetchJobs(client: ApiClient, signal?: AbortSignal): Promise<BulkJobView[]> {
  return client.get<BulkJobView[]>('/admin/jobs', { signal });
}

export function startRecompute(client: ApiClient): Promise<BulkJobView> {
  return client.post<BulkJobView>('/admin/jobs/recompute');
}

export function retryJob(client: ApiClient, jobId: string): Promise<BulkJobView> {
  return client.post<BulkJobView>(`/admin/jobs/${encodeURIComponent(jobId)}/retry`);
}
