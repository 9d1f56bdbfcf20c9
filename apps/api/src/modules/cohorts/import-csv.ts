import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import { APPLICANT_TYPES, COHORT_IMPORT_COLUMNS, ERROR_CODES, EXAM_RESULTS, TARGETS, type ImportRowResult } from '@advising/contracts';
import type { ApplicantType, ExamName, ExamResult, Target } from '@advising/strategy-rules';
import { isEmail, isISO8601 } from 'class-validator';
import { CsvError, parse } from 'csv-parse/sync';

/** The exact columns of an import file (any order, each once). */
export const IMPORT_COLUMNS = COHORT_IMPORT_COLUMNS;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 1000;

/** What the OpenAPI description says about the file. */
export const IMPORT_FORMAT_DESCRIPTION = [
  `CSV text (Content-Type: text/csv, UTF-8, at most 5 MB and ${IMPORT_MAX_ROWS} students). The first line is the header, exactly these columns (any order):`,
  '',
  `\`${IMPORT_COLUMNS.join(',')}\``,
  '',
  `- email, displayName, applicantType (${APPLICANT_TYPES.join('/')}), target (IR/DR), graduationYear: required.`,
  '- applicationYear (1950-2100), needsVisa and homeProgramHasIR (true/false/yes/no/1/0; needsVisa defaults to true for NON_US_IMG), previousApplications (0-10, default 0): optional.',
  `- step1Result and step2ckResult (${EXAM_RESULTS.join('/')}) with step1Score / step2ckScore (1-300, none when SCHEDULED) and step2ckDate (YYYY-MM-DD): optional; each adds an exam attempt unless the same one is already recorded.`,
  '',
  'A new email creates a STUDENT account in this cohort with its profile and first recommendation; it has no usable password until an admin sets one. An email of a student already in the cohort updates the profile (admins may also bring in a student of another cohort). Any other email in use is a row error.',
  'Rows are numbered as in the file, the header being row 1. `dryRun=true` validates every row and writes nothing; a real import writes all rows or none (any row with an error: 400 with the per-row results).',
].join('\n');

export interface ImportedExam {
  exam: ExamName;
  result: ExamResult;
  score: number | null;
  date: string | null;
}

export interface ImportedStudent {
  email: string;
  displayName: string;
  profile: {
    applicantType: ApplicantType;
    target: Target;
    graduationYear: number;
    applicationYear: number | null;
    needsVisa: boolean;
    homeProgramHasIR: boolean;
    previousApplications: number;
  };
  exams: ImportedExam[];
}

export interface ParsedRow {
  result: ImportRowResult;
  /** Set when the row itself is valid (the database checks come after). */
  student: ImportedStudent | null;
}

type ColumnError = { column: string; message: string };

const invalidFile = (message: string, details: { field: string; message: string }[] = []): BadRequestException =>
  new BadRequestException({ code: ERROR_CODES.VALIDATION_FAILED, message, details });

/** Reads the body of an import request: CSV text within the size limit, else a 4xx saying why. */
export function readCsvBody(body: unknown): string {
  const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : null;
  if (text === null) throw invalidFile('Send the CSV file itself as the request body, with Content-Type: text/csv.', [{ field: 'body', message: 'must be CSV text' }]);
  if (Buffer.byteLength(text, 'utf8') > IMPORT_MAX_BYTES) throw csvTooLarge();
  if (text.trim() === '') throw invalidFile('The CSV file is empty.', [{ field: 'body', message: 'must hold a header and at least one row' }]);
  // Binary data (NUL bytes, undecodable sequences) is not a CSV file.
  if (text.includes('\u0000') || text.includes('\uFFFD')) throw invalidFile('The file is not CSV text (it contains binary data).', [{ field: 'body', message: 'must be UTF-8 CSV text' }]);
  return text;
}

export const csvTooLarge = (): PayloadTooLargeException =>
  new PayloadTooLargeException({ code: ERROR_CODES.VALIDATION_FAILED, message: 'The CSV file is larger than 5 MB. Split it and import the parts one after the other.', details: [{ field: 'body', message: 'must be at most 5 MB' }] });

/** Parses and validates the file; header problems and unreadable CSV throw 400, row problems are reported per row. */
export function parseImportCsv(text: string): ParsedRow[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, max_record_size: 64 * 1024 }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw invalidFile(`The CSV file could not be read${line ? ` near line ${line}` : ''}: ${error.message.replace(/^Invalid Record Length: |^Invalid Opening Quote: |^Quote Not Closed: /, '')}`, [{ field: 'body', message: 'must be well-formed CSV' }]);
    }
    throw error;
  }
  const [header, ...rest] = records;
  checkHeader(header ?? []);
  const columns = (header ?? []).map((h) => h.trim());
  const rows = rest.map((values, i) => ({ values, row: i + 2 })).filter(({ values }) => values.some((v) => v.trim() !== ''));
  if (rows.length === 0) throw invalidFile('The CSV file has a header but no rows.', [{ field: 'body', message: 'must hold at least one row' }]);
  if (rows.length > IMPORT_MAX_ROWS) throw invalidFile(`The CSV file has ${rows.length} rows; import at most ${IMPORT_MAX_ROWS} at a time.`, [{ field: 'body', message: `must hold at most ${IMPORT_MAX_ROWS} rows` }]);

  const firstRowOf = new Map<string, number>();
  return rows.map(({ values, row }) => {
    if (values.length !== columns.length) {
      return { result: { row, ok: false, email: null, errors: [{ column: '*', message: `has ${values.length} values; the header has ${columns.length}` }] }, student: null };
    }
    const cells = Object.fromEntries(columns.map((c, i) => [c, (values[i] ?? '').trim()])) as Record<ImportColumn, string>;
    const { student, errors } = validateRow(cells);
    const email = cells.email ? cells.email.toLowerCase() : null;
    if (email) {
      const first = firstRowOf.get(email);
      if (first !== undefined) errors.push({ column: 'email', message: `appears already in row ${first}` });
      else firstRowOf.set(email, row);
    }
    return { result: { row, ok: errors.length === 0, email, errors }, student: errors.length === 0 ? student : null };
  });
}

function checkHeader(header: string[]): void {
  const names = header.map((h) => h.trim());
  const expected = new Set<string>(IMPORT_COLUMNS);
  const missing = IMPORT_COLUMNS.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !expected.has(n));
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  const details = [
    ...(missing.length ? [{ field: 'header', message: `missing columns: ${missing.join(', ')}` }] : []),
    ...(unknown.length ? [{ field: 'header', message: `unknown columns: ${unknown.map((u) => JSON.stringify(u.slice(0, 40))).join(', ')}` }] : []),
    ...(repeated.length ? [{ field: 'header', message: `repeated columns: ${[...new Set(repeated)].join(', ')}` }] : []),
  ];
  if (details.length) throw invalidFile(`The CSV header must be exactly: ${IMPORT_COLUMNS.join(',')}`, details);
}

const YES = new Set(['true', 'yes', 'y', '1']);
const NO = new Set(['false', 'no', 'n', '0']);

/** Validates one row's cells; every problem is reported with its column. */
export function validateRow(cells: Record<ImportColumn, string>): { student: ImportedStudent; errors: ColumnError[] } {
  const errors: ColumnError[] = [];
  const fail = (column: ImportColumn, message: string): null => {
    errors.push({ column, message });
    return null;
  };
  const required = (column: ImportColumn): string | null => (cells[column] === '' ? fail(column, 'is required') : cells[column]);
  const oneOf = <T extends string>(column: ImportColumn, allowed: readonly T[], value: string | null): T | null => {
    if (value === null || value === '') return null;
    const upper = value.toUpperCase() as T;
    return allowed.includes(upper) ? upper : fail(column, `must be one of: ${allowed.join(', ')}`);
  };
  const int = (column: ImportColumn, min: number, max: number): number | null => {
    const raw = cells[column];
    if (raw === '') return null;
    if (!/^\d{1,6}$/.test(raw)) return fail(column, 'must be a whole number');
    const n = Number(raw);
    return n < min || n > max ? fail(column, `must be between ${min} and ${max}`) : n;
  };
  const bool = (column: ImportColumn): boolean | null => {
    const raw = cells[column].toLowerCase();
    if (raw === '') return null;
    if (YES.has(raw)) return true;
    if (NO.has(raw)) return false;
    return fail(column, 'must be true or false');
  };

  const rawEmail = required('email');
  let email = '';
  if (rawEmail !== null) {
    email = rawEmail.toLowerCase();
    if (email.length > 254 || !isEmail(email)) fail('email', 'must be an email address');
  }
  const displayName = required('displayName');
  if (displayName !== null && displayName.length > 200) fail('displayName', 'must be at most 200 characters');
  const applicantType = oneOf('applicantType', APPLICANT_TYPES, required('applicantType'));
  const target = oneOf('target', TARGETS, required('target'));
  if (cells.graduationYear === '') fail('graduationYear', 'is required');
  const graduationYear = int('graduationYear', 1950, 2100);
  const applicationYear = int('applicationYear', 1950, 2100);
  const needsVisa = bool('needsVisa');
  const homeProgramHasIR = bool('homeProgramHasIR');
  const previousApplications = int('previousApplications', 0, 10);

  const exams: ImportedExam[] = [];
  const exam = (name: ExamName, resultColumn: ImportColumn, scoreColumn: ImportColumn, dateColumn: ImportColumn | null): void => {
    const result = oneOf(resultColumn, EXAM_RESULTS, cells[resultColumn]);
    const score = int(scoreColumn, 1, 300);
    let date: string | null = null;
    if (dateColumn && cells[dateColumn] !== '') {
      const raw = cells[dateColumn];
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || !isISO8601(raw, { strict: true, strictSeparator: true })) fail(dateColumn, 'must be a real date as YYYY-MM-DD');
      else date = raw;
    }
    if (cells[resultColumn] === '') {
      if (cells[scoreColumn] !== '') fail(resultColumn, `is required when ${scoreColumn} is given`);
      else if (dateColumn && cells[dateColumn] !== '') fail(resultColumn, `is required when ${dateColumn} is given`);
      return;
    }
    if (result === 'SCHEDULED' && score !== null) fail(scoreColumn, 'must be empty for a scheduled exam');
    if (result) exams.push({ exam: name, result, score, date });
  };
  exam('STEP1', 'step1Result', 'step1Score', null);
  exam('STEP2CK', 'step2ckResult', 'step2ckScore', 'step2ckDate');

  return {
    errors,
    student: {
      email,
      displayName: displayName ?? '',
      profile: {
        applicantType: applicantType ?? 'US_MD',
        target: target ?? 'IR',
        graduationYear: graduationYear ?? 0,
        applicationYear,
        needsVisa: needsVisa ?? applicantType === 'NON_US_IMG',
        homeProgramHasIR: homeProgramHasIR ?? false,
        previousApplications: previousApplications ?? 0,
      },
      exams,
    },
  };
}
