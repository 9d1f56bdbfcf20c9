import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LETTER_STATUSES, SPECIALTIES } from '@advising/contracts';
import type { LetterStatus, Specialty } from '@advising/strategy-rules';
import { IsBoolean, IsIn, IsUUID } from 'class-validator';
import { IntField, IsCalendarDate, IsOptionalOrNull, Optional, TextField } from '../../../common/validation/validators';

const oneOf = (values: readonly string[]) => ({ message: `$property must be one of: ${values.join(', ')}` });

export class CreateLetterDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'A mentor of the institution; leave out for an external writer' })
  @Optional()
  @IsUUID('4', { message: 'mentorId must be a user id' })
  mentorId?: string;

  @ApiPropertyOptional({ example: 'Dr. Ana Ruiz', description: "Required for an external writer; defaults to the mentor's name" })
  @Optional()
  @TextField({ min: 1, max: 200 })
  writerName?: string;

  @ApiProperty({ enum: SPECIALTIES, description: "The writer's specialty" })
  @IsIn(SPECIALTIES, oneOf(SPECIALTIES))
  writerSpecialty!: Specialty;

  @ApiPropertyOptional({ default: true, description: 'Whether the writer is US faculty' })
  @Optional()
  @IsBoolean({ message: 'writerInUS must be true or false' })
  writerInUS?: boolean;

  @ApiPropertyOptional({ example: '2026-08-15', nullable: true })
  @IsOptionalOrNull()
  @IsCalendarDate()
  dueDate?: string | null;
}

/** Every field optional; who may change which is decided by the service (403 naming the field). */
export class UpdateLetterDto {
  @ApiProperty({ description: 'The version you last saw; a stale one answers 409' })
  @IntField({ min: 1 })
  version!: number;

  @ApiPropertyOptional({ description: 'Student (while REQUESTED), advisors and admins' })
  @Optional()
  @TextField({ min: 1, max: 200 })
  writerName?: string;

  @ApiPropertyOptional({ enum: SPECIALTIES, description: 'Student (while REQUESTED), advisors and admins' })
  @Optional()
  @IsIn(SPECIALTIES, oneOf(SPECIALTIES))
  writerSpecialty?: Specialty;

  @ApiPropertyOptional({ description: 'Student (while REQUESTED), advisors and admins' })
  @Optional()
  @IsBoolean({ message: 'writerInUS must be true or false' })
  writerInUS?: boolean;

  @ApiPropertyOptional({ nullable: true, description: 'Student (while REQUESTED), the mentor, advisors and admins; null clears it' })
  @IsOptionalOrNull()
  @IsCalendarDate()
  dueDate?: string | null;

  @ApiPropertyOptional({ nullable: true, description: "The mentor's private note: the mentor, advisors and admins" })
  @IsOptionalOrNull()
  @TextField({ max: 4000, multiline: true, trim: false })
  mentorNote?: string | null;

  @ApiPropertyOptional({ enum: LETTER_STATUSES, description: 'Not changeable here: use POST /api/letters/:letterId/transitions' })
  @Optional()
  @IsIn(LETTER_STATUSES, oneOf(LETTER_STATUSES))
  status?: LetterStatus;
}

export class LetterTransitionDto {
  @ApiProperty({ enum: LETTER_STATUSES, description: 'The next status: REQUESTED → COMMITTED | DECLINED, COMMITTED → SUBMITTED | DECLINED' })
  @IsIn(LETTER_STATUSES, oneOf(LETTER_STATUSES))
  to!: LetterStatus;

  @ApiProperty({ description: 'The version you last saw; a stale one answers 409' })
  @IntField({ min: 1 })
  version!: number;

  @ApiPropertyOptional({ example: '2026-08-15', description: 'Required to commit unless the letter already has one' })
  @Optional()
  @IsCalendarDate()
  dueDate?: string;

  @ApiPropertyOptional({ description: "Stored as the mentor's private note (never shown to the student)" })
  @Optional()
  @TextField({ max: 4000, multiline: true, trim: false })
  note?: string;
}
