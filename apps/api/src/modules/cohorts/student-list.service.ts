import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ERROR_CODES, type Page, type PermissionId, type StudentListItem } from '@advising/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { recordForStudents, scopeOf } from './cohort-access';
import type { ListStudentsQueryDto, StudentSortKey } from './dto/student-list.dto';
import { toStudentListItem } from './cohort.mappers';
import { scopedStudentsWhere, SqlParams, studentRowsSql, TARGET_BAND_SQL, type StudentRow } from './student-rows.sql';
import { hasControlCharacters } from '../../common/validation/validators';

const DEFAULT_LIMIT = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Sort keys: the SQL expression over studentRowsSql's columns and its type (text or bigint, so cursors round-trip exactly). */
const SORTS: Record<StudentSortKey, { sql: string; type: 'text' | 'bigint' }> = {
  name: { sql: `lower("displayName")`, type: 'text' },
  step2ck: { sql: `COALESCE(step2ck, 0)::bigint`, type: 'bigint' },
  pathway: { sql: `"pathwayRank"::bigint`, type: 'bigint' },
  band: { sql: `(CASE ${TARGET_BAND_SQL} WHEN 'HIGH' THEN 4 WHEN 'COMPETITIVE' THEN 3 WHEN 'BORDERLINE' THEN 2 WHEN 'LOW' THEN 1 WHEN 'VERY_LOW' THEN 0 ELSE -1 END)::bigint`, type: 'bigint' },
  lettersSecured: { sql: `"lettersSecured"::bigint`, type: 'bigint' },
  changed: { sql: `(extract(epoch FROM "changedAt") * 1000000)::bigint`, type: 'bigint' },
};

interface Cursor {
  sort: string;
  key: string;
  id: string;
}

const badCursor = (): BadRequestException =>
  new BadRequestException({ code: ERROR_CODES.VALIDATION_FAILED, message: 'The cursor is not valid for this query; start again from the first page.', details: [{ field: 'cursor', message: 'is not a cursor of this list' }] });

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.key, c.id]), 'utf8').toString('base64url');
}

export function decodeCursor(raw: string, sort: string, type: 'text' | 'bigint'): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((p) => typeof p === 'string')) throw badCursor();
  const [s, key, id] = parsed as [string, string, string];
  if (s !== sort || !UUID.test(id) || (type === 'bigint' && !/^-?\d{1,18}$/.test(key)) || key.length > 1000 || hasControlCharacters(key)) throw badCursor();
  return { sort, key, id };
}

/** A LIKE pattern matching `q` anywhere, with LIKE's own wildcards taken literally. */
export const containsPattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The cohort table: students in the caller's scope with the latest recommendation, filters,
 * sorting and keyset pagination, in a fixed number of queries (count, page, audit) whatever
 * the number of students.
 */
@Injectable()
export class StudentListService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(user: AuthUser, query: ListStudentsQueryDto): Promise<Page<StudentListItem>> {
    const sortParam = query.sort ?? 'name';
    const descending = sortParam.startsWith('-');
    const sort = SORTS[(descending ? sortParam.slice(1) : sortParam) as StudentSortKey];
    const limit = query.limit ?? DEFAULT_LIMIT;
    const cursor = query.cursor ? decodeCursor(query.cursor, sortParam, sort.type) : null;

    const params = new SqlParams(user.id, user.institutionId);
    const base = [scopedStudentsWhere(scopeOf(user, 'students.list'))];
    if (query.cohortId) base.push(`sp.cohort_id = ${params.add(query.cohortId)}`);
    if (query.q && query.q.trim()) {
      const pattern = params.add(containsPattern(query.q.trim()));
      base.push(`(u.display_name ILIKE ${pattern} ESCAPE '\\' OR u.email ILIKE ${pattern} ESCAPE '\\')`);
    }
    const filters = ['true'];
    if (query.pathway) filters.push(`pathway = ${params.add(query.pathway)}`);
    if (query.band) filters.push(`${TARGET_BAND_SQL} = ${params.add(query.band)}`);
    if (query.flag) filters.push(`${params.add(query.flag)} = ANY(flags)`);
    if (query.lettersAtRisk === true) filters.push(`"lettersAtRisk" > 0`);
    if (query.lettersAtRisk === false) filters.push(`"lettersAtRisk" = 0`);
    const filtered = `WITH base AS (${studentRowsSql(base.join(' AND '))}) SELECT base.*, ${sort.sql} AS sort_key FROM base WHERE ${filters.join(' AND ')}`;

    const countParams = [...params.values];
    const direction = descending ? 'DESC' : 'ASC';
    const after = cursor ? `(sort_key, id) ${descending ? '<' : '>'} (${params.add(cursor.key)}::${sort.type}, ${params.add(cursor.id)}::uuid)` : 'true';
    const pageSql = `SELECT f.*, f.sort_key::text AS sort_key_text FROM (${filtered}) f WHERE ${after} ORDER BY sort_key ${direction}, id ${direction} LIMIT ${limit + 1}`;

    const [counted, rows] = await Promise.all([
      this.db.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM (${filtered}) f`, countParams),
      this.db.query<(StudentRow & { sort_key_text: string })[]>(pageSql, params.values),
    ]);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor = rows.length > limit && last ? encodeCursor({ sort: sortParam, key: last.sort_key_text, id: last.id }) : null;
    await recordForStudents(this.db.manager, user, page.map((r) => r.id), 'student.listed');
    return { items: page.map(toStudentListItem), nextCursor, total: counted[0]?.total ?? 0 };
  }

  /** Every student of one cohort (the guard has checked the cohort), sorted by name, for the export and the summary. */
  async cohortRows(manager: EntityManager, user: AuthUser, cohortId: string, permission: PermissionId): Promise<StudentRow[]> {
    const params = new SqlParams(user.id, user.institutionId);
    const where = `${scopedStudentsWhere(scopeOf(user, permission))} AND sp.cohort_id = ${params.add(cohortId)}`;
    return manager.query<StudentRow[]>(`${studentRowsSql(where)} ORDER BY lower(u.display_name), sp.user_id`, params.values);
  }
}
