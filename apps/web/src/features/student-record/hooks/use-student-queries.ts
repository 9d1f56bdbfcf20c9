import type { NoteView, PersonRef, StudentDetail, TimelineEntry } from '@advising/contracts';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';
import { fetchMentors, fetchNotes, fetchStudent, fetchTimeline } from '../api';

/** Everything about the student the viewer may see (GET /api/students/:id). */
export function useStudent(studentId: string): UseQueryResult<StudentDetail> {
  return useQuery(studentQuery(useApiClient(), studentId));
}

export const studentQuery = (client: ApiClient, studentId: string) =>
  queryOptions({ queryKey: queryKeys.students.detail(studentId), queryFn: ({ signal }) => fetchStudent(client, studentId, signal) });

/** The recommendation history, newest first. */
export function useTimeline(studentId: string): UseQueryResult<TimelineEntry[]> {
  return useQuery(timelineQuery(useApiClient(), studentId));
}

export const timelineQuery = (client: ApiClient, studentId: string) =>
  queryOptions({ queryKey: queryKeys.students.timeline(studentId), queryFn: ({ signal }) => fetchTimeline(client, studentId, signal) });

/** The institution's mentors, to address a letter request to one of them. */
export function useMentors(enabled = true): UseQueryResult<PersonRef[]> {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.mentors.all,
    queryFn: ({ signal }) => fetchMentors(client, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useNotes(studentId: string): UseQueryResult<NoteView[]> {
  return useQuery(notesQuery(useApiClient(), studentId));
}

export const notesQuery = (client: ApiClient, studentId: string) =>
  queryOptions({ queryKey: queryKeys.students.notes(studentId), queryFn: ({ signal }) => fetchNotes(client, studentId, signal) });
