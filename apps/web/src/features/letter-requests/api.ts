import type { LetterView, MentorLetterRequestView } from '@advising/contracts';
import type { LetterStatus } from '@advising/strategy-rules';
import type { ApiClient } from '../../lib/api-client';

export function fetchMyLetterRequests(client: ApiClient, signal?: AbortSignal): Promise<MentorLetterRequestView[]> {
  return client.get<MentorLetterRequestView[]>('/me/letter-requests', { signal });
}

export interface TransitionInput {
  letterId: string;
  to: Exclude<LetterStatus, 'REQUESTED'>;
  version: number;
  dueDate?: string;
  note?: string;
}

export function transitionLetter(client: ApiClient, { letterId, ...body }: TransitionInput): Promise<LetterView> {
  return client.post<LetterView>(`/letters/${encodeURIComponent(letterId)}/transitions`, body);
}

export interface LetterEditInput {
  letterId: string;
  version: number;
  dueDate?: string | null;
  mentorNote?: string | null;
}

export function updateLetter(client: ApiClient, { letterId, ...body }: LetterEditInput): Promise<LetterView> {
  return client.request<LetterView>('PATCH', `/letters/${encodeURIComponent(letterId)}`, body);
}
