import type {
  ExamView,
  LetterView,
  NoteView,
  OverrideView,
  PersonRef,
  ResearchView,
  RotationView,
  StudentDetail,
  StudentProfileView,
  TimelineEntry,
  WhatIfResult,
} from '@advising/contracts';
import type {
  LetterStatus,
  Pathway,
  ResearchField,
  ResearchKind,
  ResearchStatus,
  RotationSetting,
  RotationStatus,
  Specialty,
} from '@advising/strategy-rules';
import type { ApiClient } from '../../lib/api-client';

/** The student record API: one function per endpoint, typed by the contracts. */

const student = (studentId: string) => `/students/${encodeURIComponent(studentId)}`;

export function fetchStudent(client: ApiClient, studentId: string, signal?: AbortSignal): Promise<StudentDetail> {
  return client.get<StudentDetail>(student(studentId), { signal });
}

export function fetchTimeline(client: ApiClient, studentId: string, signal?: AbortSignal): Promise<TimelineEntry[]> {
  return client.get<TimelineEntry[]>(`${student(studentId)}/recommendations`, { signal });
}

export function fetchMentors(client: ApiClient, signal?: AbortSignal): Promise<PersonRef[]> {
  return client.get<PersonRef[]>('/mentors', { signal });
}

export function fetchNotes(client: ApiClient, studentId: string, signal?: AbortSignal): Promise<NoteView[]> {
  return client.get<NoteView[]>(`${student(studentId)}/notes`, { signal });
}

export function addNote(client: ApiClient, studentId: string, body: string): Promise<NoteView> {
  return client.post<NoteView>(`${student(studentId)}/notes`, { body });
}

/** What a form sends: the contract's view without the id and version the server keeps. */
export type ProfileInput = Omit<StudentProfileView, 'version'>;

export function updateProfile(client: ApiClient, studentId: string, input: ProfileInput, version: number): Promise<StudentProfileView> {
  return client.request<StudentProfileView>('PUT', `${student(studentId)}/profile`, { ...input, version });
}

export type ExamInput = Omit<ExamView, 'id' | 'version'>;

/** `evaluatorComment`: advisors and admins only, left out of a student's request. */
export type RotationInput = Omit<RotationView, 'id' | 'version'>;

export type ResearchInput = Omit<ResearchView, 'id' | 'version'>;

/** The three lists of facts that share one shape of endpoints. */
export interface RecordKinds {
  exams: { input: ExamInput; view: ExamView };
  rotations: { input: RotationInput; view: RotationView };
  research: { input: ResearchInput; view: ResearchView };
}
export type RecordKind = keyof RecordKinds;

export function createItem<K extends RecordKind>(client: ApiClient, studentId: string, kind: K, input: RecordKinds[K]['input']): Promise<RecordKinds[K]['view']> {
  return client.post<RecordKinds[K]['view']>(`${student(studentId)}/${kind}`, input);
}

export function updateItem<K extends RecordKind>(
  client: ApiClient,
  studentId: string,
  kind: K,
  itemId: string,
  input: Partial<RecordKinds[K]['input']>,
  version: number,
): Promise<RecordKinds[K]['view']> {
  return client.request<RecordKinds[K]['view']>('PATCH', `${student(studentId)}/${kind}/${encodeURIComponent(itemId)}`, { ...input, version });
}

export function deleteItem(client: ApiClient, studentId: string, kind: RecordKind, itemId: string, version: number): Promise<void> {
  return client.request<void>('DELETE', `${student(studentId)}/${kind}/${encodeURIComponent(itemId)}?version=${version}`);
}

export interface LetterRequestInput {
  /** A mentor of the institution; left out for an external writer. */
  mentorId?: string;
  writerName?: string;
  writerSpecialty: Specialty;
  writerInUS: boolean;
  dueDate: string | null;
}

export interface LetterUpdateInput {
  writerName?: string;
  writerSpecialty?: Specialty;
  writerInUS?: boolean;
  dueDate?: string | null;
  mentorNote?: string | null;
}

export function requestLetter(client: ApiClient, studentId: string, input: LetterRequestInput): Promise<LetterView> {
  return client.post<LetterView>(`${student(studentId)}/letters`, input);
}

export function updateLetter(client: ApiClient, letterId: string, input: LetterUpdateInput, version: number): Promise<LetterView> {
  return client.request<LetterView>('PATCH', `/letters/${encodeURIComponent(letterId)}`, { ...input, version });
}

export function transitionLetter(client: ApiClient, letterId: string, to: LetterStatus, version: number, dueDate?: string): Promise<LetterView> {
  return client.post<LetterView>(`/letters/${encodeURIComponent(letterId)}/transitions`, { to, version, ...(dueDate ? { dueDate } : {}) });
}

export function deleteLetter(client: ApiClient, letterId: string, version: number): Promise<void> {
  return client.request<void>('DELETE', `/letters/${encodeURIComponent(letterId)}?version=${version}`);
}

export function setOverride(client: ApiClient, studentId: string, pathway: Pathway, reason: string): Promise<OverrideView> {
  return client.request<OverrideView>('PUT', `${student(studentId)}/override`, { pathway, reason });
}

export function clearOverride(client: ApiClient, studentId: string): Promise<void> {
  return client.request<void>('DELETE', `${student(studentId)}/override`);
}

/** A hypothetical change to the record; nothing is saved. */
export interface WhatIfInput {
  step2ckScore?: number;
  addRotations?: { specialty: Specialty; setting: RotationSetting; inUS: boolean; weeks: number; status: RotationStatus }[];
  addResearch?: { field: ResearchField; kind: ResearchKind; status: ResearchStatus }[];
  addLetters?: { writerSpecialty: Specialty; writerInUS: boolean; status: LetterStatus }[];
}

export function whatIf(client: ApiClient, studentId: string, input: WhatIfInput): Promise<WhatIfResult> {
  return client.post<WhatIfResult>(`${student(studentId)}/what-if`, input);
}

/** The signed-in student's whole record (GET /api/me/record, a StudentRecordExport), exactly as the API sends it, for download. */
export function fetchMyRecord(client: ApiClient): Promise<Blob> {
  return client.request<Blob>('GET', '/me/record', undefined, { as: 'blob' });
}
