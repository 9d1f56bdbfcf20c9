import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsISO8601, Matches, ValidateIf, type ValidationOptions } from 'class-validator';

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export const IsCalendarDate = (options?: ValidationOptions): PropertyDecorator =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD', ...options }),
    IsISO8601({ strict: true, strictSeparator: true }, { message: '$property must be a real calendar date', ...options }),
  );

/** Optional, and null clears it. */
export const IsOptionalOrNull = (): PropertyDecorator => ValidateIf((_, value: unknown) => value !== undefined && value !== null);

/** Trims surrounding white space of strings. */
export const Trim = (): PropertyDecorator => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
