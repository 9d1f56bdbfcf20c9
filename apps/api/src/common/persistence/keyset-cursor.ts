import { BadRequestException } from '@nestjs/common';
import { ERROR_CODES } from '@advising/contracts';
import { hasControlCharacters } from '../validation/validators';

/**
 * Opaque keyset-pagination cursors: the sort key of the last row of a page, as base64url JSON.
 * A cursor that does not decode to the expected number of strings answers 400 on `cursor`.
 */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

const ROW_ID = /^(\d{1,18}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export function decodeCursor(cursor: string, parts: number): string[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  // No control characters (PostgreSQL refuses NUL in text); the last part is a row id: a UUID or a bigint.
  if (!Array.isArray(key) || key.length !== parts || !key.every((k) => typeof k === 'string' && !hasControlCharacters(k)) || !ROW_ID.test(key[parts - 1] as string)) {
    throw new BadRequestException({
      code: ERROR_CODES.VALIDATION_FAILED,
      message: 'The request has invalid fields.',
      details: [{ field: 'cursor', message: 'cursor is not valid: pass the nextCursor of a previous page' }],
    });
  }
  return key as string[];
}
