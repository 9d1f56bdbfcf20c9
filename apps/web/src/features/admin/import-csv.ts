import { COHORT_IMPORT_COLUMNS, type ImportResult } from '@advising/contracts';
import { ApiError, NetworkError } from '../../lib/api-client';

/**
 * The exact header of a cohort import file, as the import endpoint documents it (the columns may
 * come in any order, each once).
 */
export const IMPORT_HEADER = COHORT_IMPORT_COLUMNS;

/** The template file: the header line only, ready to be filled in a spreadsheet. */
export const IMPORT_TEMPLATE = `${IMPORT_HEADER.join(',')}\n`;

export const IMPORT_TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(IMPORT_TEMPLATE)}`;

/** Rows of data in the text (lines after the header that are not blank). */
export function countDataRows(csv: string): number {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  return Math.max(0, lines.length - 1);
}

export interface ImportSummary {
  total: number;
  ready: number;
  failed: number;
  created: number;
  updated: number;
}

export function summarize(result: ImportResult): ImportSummary {
  const failed = result.rows.filter((row) => !row.ok).length;
  return { total: result.rows.length, ready: result.rows.length - failed, failed, created: result.created, updated: result.updated };
}

export interface ImportFailure {
  message: string;
  /** Per-row results when the server checked the rows (a real import refused for row errors). */
  result: ImportResult | null;
  /** File-level problems (a missing column, an empty file…). */
  problems: string[];
}

/** What to show when an import request fails. */
export function describeImportError(error: unknown): ImportFailure {
  if (error instanceof NetworkError) return { message: 'We could not reach the server. Nothing was imported: try again.', result: null, problems: [] };
  if (!(error instanceof ApiError)) return { message: 'Something went wrong. Nothing was imported: try again.', result: null, problems: [] };
  const body = error.body as typeof error.body & { result?: ImportResult };
  if (body.result && Array.isArray(body.result.rows)) {
    return { message: body.message, result: body.result, problems: [] };
  }
  if (error.status === 413) return { message: 'The file is too large: import at most 5 MB (1,000 students) at a time.', result: null, problems: [] };
  return {
    message: error.status === 409 ? body.message : body.message || 'The file could not be read.',
    result: null,
    problems: error.details.map((d) => (d.field && d.field !== 'body' ? `${d.field}: ${d.message}` : d.message)),
  };
}
