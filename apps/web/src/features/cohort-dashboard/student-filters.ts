import type { StudentListItem } from '@advising/contracts';
import { BANDS, PATHWAY_RANK, PATHWAYS, type Band, type Pathway } from '@advising/strategy-rules';

/** The student table's view, as it lives in the URL: `?q=&pathway=&band=&flag=&sort=-step2ck`. */
export interface StudentView {
  q: string;
  pathway: Pathway | null;
  band: Band | null;
  /** A flag code, ANY_FLAG for "any flag", or null for no flag filter. */
  flag: string | null;
  sort: SortState;
}

export const ANY_FLAG = 'ANY';

export const SORT_KEYS = ['name', 'applicantType', 'step2ck', 'band', 'pathway', 'change', 'letters', 'rotations', 'flags'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface SortState {
  key: SortKey;
  desc: boolean;
}

export const DEFAULT_SORT: SortState = { key: 'name', desc: false };

const FLAG_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;

const isSortKey = (value: string): value is SortKey => (SORT_KEYS as readonly string[]).includes(value);

/** Reads the view from URL search params; anything unknown is ignored, so an old or edited link still opens. */
export function parseStudentView(params: URLSearchParams): StudentView {
  const pathway = params.get('pathway');
  const band = params.get('band');
  const flag = params.get('flag');
  const sortParam = params.get('sort') ?? '';
  const desc = sortParam.startsWith('-');
  const key = desc ? sortParam.slice(1) : sortParam;
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    pathway: pathway !== null && (PATHWAYS as readonly string[]).includes(pathway) ? (pathway as Pathway) : null,
    band: band !== null && (BANDS as readonly string[]).includes(band) ? (band as Band) : null,
    flag: flag !== null && FLAG_PATTERN.test(flag) ? flag : null,
    sort: isSortKey(key) ? { key, desc } : DEFAULT_SORT,
  };
}

/**
 * Writes the view into search params, keeping params that are not the table's. Defaults are left
 * out so the plain dashboard URL stays plain.
 */
export function writeStudentView(view: StudentView, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  const set = (name: string, value: string | null) => {
    if (value === null || value === '') next.delete(name);
    else next.set(name, value);
  };
  set('q', view.q.trim() === '' ? null : view.q);
  set('pathway', view.pathway);
  set('band', view.band);
  set('flag', view.flag);
  const isDefaultSort = view.sort.key === DEFAULT_SORT.key && view.sort.desc === DEFAULT_SORT.desc;
  set('sort', isDefaultSort ? null : `${view.sort.desc ? '-' : ''}${view.sort.key}`);
  return next;
}

export function hasFilters(view: StudentView): boolean {
  return view.q.trim() !== '' || view.pathway !== null || view.band !== null || view.flag !== null;
}

/** The band on the scale of the student's own target, as the API filters it. */
export function ownBand(student: Pick<StudentListItem, 'target' | 'bandIR' | 'bandDR'>): Band {
  return student.target === 'DR' ? student.bandDR : student.bandIR;
}

/** Filters the loaded students the way the API's list filters (engine pathway, own band, flag, name or email). */
export function filterStudents(students: readonly StudentListItem[], view: StudentView): StudentListItem[] {
  const q = view.q.trim().toLowerCase();
  return students.filter(
    (s) =>
      (view.pathway === null || s.pathway === view.pathway) &&
      (view.band === null || ownBand(s) === view.band) &&
      (view.flag === null || (view.flag === ANY_FLAG ? s.flags.length > 0 : s.flags.includes(view.flag))) &&
      (q === '' || s.displayName.toLowerCase().includes(q) || s.email.toLowerCase().includes(q)),
  );
}

export type PathwayChangeDirection = 'up' | 'down' | 'none';

/** Change of the engine's pathway since 30 days ago: up (more ambitious), down, or none. */
export function pathwayChange(student: Pick<StudentListItem, 'pathway' | 'pathwayMonthAgo'>): PathwayChangeDirection {
  if (student.pathwayMonthAgo === null || student.pathwayMonthAgo === student.pathway) return 'none';
  return PATHWAY_RANK[student.pathway] > PATHWAY_RANK[student.pathwayMonthAgo] ? 'up' : 'down';
}

/** Rank difference since last month, for sorting: positive for upgrades, negative for downgrades. */
export function pathwayChangeRank(student: Pick<StudentListItem, 'pathway' | 'pathwayMonthAgo'>): number {
  if (student.pathwayMonthAgo === null) return 0;
  return PATHWAY_RANK[student.pathway] - PATHWAY_RANK[student.pathwayMonthAgo];
}
