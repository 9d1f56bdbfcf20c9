import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IntField, Optional, TextField } from '../../../common/validation/validators';

export const AUDIT_PAGE_MAX = 500;
/** `YYYY-MM-DD`, optionally with a time and a zone: what `from` and `to` accept. */
export const ISO_DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export class AuditQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @Optional() @IsUUID('all', { message: 'actorId must be a UUID' }) actorId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @Optional() @IsUUID('all', { message: 'studentId must be a UUID' }) studentId?: string;
  @ApiPropertyOptional({ description: 'An exact action (`letter.committed`) or a prefix ending in a dot (`letter.`)', example: 'letter.' })
  @Optional()
  @IsString()
  @MaxLength(100, { message: 'action must be at most 100 characters' })
  @Matches(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*\.?$/i, { message: 'action must look like `letter.committed` or a prefix such as `letter.`' })
  action?: string;
  @ApiPropertyOptional({ description: 'Inclusive; a date (YYYY-MM-DD, from its start, UTC) or a date-time', example: '2026-01-01' })
  @Optional()
  @Matches(ISO_DATE_OR_TIME, { message: 'from must be an ISO 8601 date or date-time' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;
  @ApiPropertyOptional({ description: 'Inclusive; a date (YYYY-MM-DD, to its end, UTC) or a date-time', example: '2026-12-31' })
  @Optional()
  @Matches(ISO_DATE_OR_TIME, { message: 'to must be an ISO 8601 date or date-time' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @Optional() @TextField({ max: 1000, trim: false }) cursor?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: AUDIT_PAGE_MAX, default: 100 })
  @Optional()
  @IntField({ min: 1, max: AUDIT_PAGE_MAX, query: true })
  limit?: number;
}
