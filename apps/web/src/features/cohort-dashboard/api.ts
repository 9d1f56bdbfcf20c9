import type { AttentionAcknowledgementView, CohortSummary, Page, StudentListItem } from '@advising/contracts';
import type { ApiClient } from '../../lib/api-client';

/** Rows per request of the student table: the API's largest page, so 2,000 students take 4 requests. */
export const STUDENT_PAGE_SIZE = 500;

export function fetchCohortSummary(client: ApiClient, cohortId: string, signal?: AbortSignal): Promise<CohortSummary> {
  return client.get<CohortSummary>(`/cohorts/${encodeURIComponent(cohortId)}/summary`, { signal });
}

/** One page of the cohort's students, by name; `cursor` is the previous page's nextCursor. */
export function fetchStudentPage(client: ApiClient, cohortId: string, cursor: string | null, signal?: AbortSignal): Promise<Page<StudentListItem>> {
  const params = new URLSearchParams({ cohortId, limit: String(STUDENT_PAGE_SIZE), sort: 'name' });
  if (cursor !== null) params.set('cursor', cursor);
  return client.get<Page<StudentListItem>>(`/students?${params.toString()}`, { signal });
}

/** What an advisor sends to take a student off the needs-attention list until a follow-up date. */
export interface AcknowledgeAttentionInput {
  note: string;
  /** YYYY-MM-DD, after today and within a year. */
  followUpOn: string;
}

/** Acknowledges the student's needs-attention items (POST /api/students/:id/attention-acknowledgements). */
export function acknowledgeAttention(client: ApiClient, studentId: string, input: AcknowledgeAttentionInput): Promise<AttentionAcknowledgementView> {
  return client.post<AttentionAcknowledgementView>(`/students/${encodeURIComponent(studentId)}/attention-acknowledgements`, input);
}

/** The cohort's student table as CSV, fetched with the session's token (a plain link would not carry it). */
export function fetchCohortCsv(client: ApiClient, cohortId: string): Promise<Blob> {
  return client.request<Blob>('GET', `/cohorts/${encodeURIComponent(cohortId)}/export.csv`, undefined, { as: 'blob' });
}

/** Hands a Blob to the browser as a file download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
