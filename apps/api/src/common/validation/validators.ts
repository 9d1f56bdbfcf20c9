import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsISO8601, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';

/** The range of a PostgreSQL `integer` (int4) column: no integer field accepts more. */
export const INT4_MIN = -2_147_483_648;
export const INT4_MAX = 2_147_483_647;

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export const IsCalendarDate = (options?: ValidationOptions): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ type: 'string', format: 'date' }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD', ...options }),
    IsISO8601({ strict: true, strictSeparator: true }, { message: '$property must be a real calendar date', ...options }),
  );

/**
 * May be left out. An explicit `null` is still validated, so it is refused unless the field is
 * also declared nullable (IsOptionalOrNull). Use this, never class-validator's IsOptional, which
 * lets `null` through to the database.
 */
export const Optional = (): PropertyDecorator => ValidateIf((_, value: unknown) => value !== undefined);

/** Optional, and null clears it: only for fields whose column is nullable. */
export const IsOptionalOrNull = (): PropertyDecorator => ValidateIf((_, value: unknown) => value !== undefined && value !== null);

/** Trims surrounding white space of strings. */
export const Trim = (): PropertyDecorator => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Whether text holds a C0 control character (NUL included) or DEL; with `multiline`, tabs and
 * line breaks are allowed. PostgreSQL refuses NUL in text, and no field of ours wants the others.
 */
export function hasControlCharacters(text: string, multiline = false): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7f || (c < 0x20 && !(multiline && (c === TAB || c === LINE_FEED || c === CARRIAGE_RETURN)))) return true;
  }
  return false;
}

/** Refuses NUL and other control characters; multi-line text may hold tabs and line breaks. */
export const NoControlCharacters = (multiline = false): PropertyDecorator =>
  ValidateBy({
    name: 'noControlCharacters',
    validator: { validate: (value: unknown) => typeof value !== 'string' || !hasControlCharacters(value, multiline) },
  }, {
    message: multiline ? '$property must not contain control characters (other than tabs and line breaks)' : '$property must not contain control characters or line breaks',
  });

export interface TextFieldOptions {
  /** Fewest characters (after trimming); default 0. */
  min?: number;
  /** Most characters. */
  max: number;
  /** Tabs and line breaks allowed. */
  multiline?: boolean;
  /** Surrounding white space removed first; default true. */
  trim?: boolean;
  /** Message when shorter than `min`. */
  minMessage?: string;
}

/** A text field: a string of bounded length, with no NUL or other control characters. */
export function TextField(options: TextFieldOptions): PropertyDecorator {
  const { min = 0, max, multiline = false, trim = true } = options;
  // The OpenAPI type and bounds come with the rule (a nullable field would otherwise read as an object).
  const decorators: PropertyDecorator[] = [ApiProperty({ type: 'string', maxLength: max, ...(min > 0 ? { minLength: min } : {}) })];
  if (trim) decorators.push(Trim());
  decorators.push(IsString({ message: '$property must be text' }));
  if (min > 0) decorators.push(MinLength(min, { message: options.minMessage ?? (min === 1 ? '$property must not be empty' : `$property must be at least ${min} characters`) }));
  decorators.push(MaxLength(max, { message: `$property must be at most ${max} characters` }), NoControlCharacters(multiline));
  return applyDecorators(...decorators);
}

export interface IntFieldOptions {
  /** Default: the int4 minimum. */
  min?: number;
  /** Default: the int4 maximum. */
  max?: number;
  /** Read from a query string: only plain decimal digits become a number. */
  query?: boolean;
}

/** A whole number within its column's range (at most int4) and the field's own. */
export function IntField(options: IntFieldOptions = {}): PropertyDecorator {
  const min = Math.max(options.min ?? INT4_MIN, INT4_MIN);
  const max = Math.min(options.max ?? INT4_MAX, INT4_MAX);
  const range = `$property must be between ${min} and ${max}`;
  const decorators: PropertyDecorator[] = [ApiProperty({ type: 'integer', format: 'int32', minimum: min, maximum: max })];
  if (options.query) decorators.push(Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^[+-]?\d{1,16}$/.test(value) ? Number(value) : value)));
  decorators.push(IsInt({ message: '$property must be a whole number' }), Min(min, { message: range }), Max(max, { message: range }));
  return applyDecorators(...decorators);
}
