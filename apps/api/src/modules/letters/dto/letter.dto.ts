import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LETTER_STATUSES, SPECIALTIES } from '@advising/contracts';
import type { LetterStatus, Specialty } from '@advising/strategy-rules';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate, IsOptionalOrNull, Trim } from '../../../common/validation/validators';

const oneOf = (values: readonly string[]) => ({ message: `$property must be one of: ${values.join(', ')}` });

export class CreateLetterDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'A mentor of the institution; leave out for an external writer' })
  @IsOptional()
  @IsUUID('4', { message: 'mentorId must be a user id' })
  mentorId?: string;

  @ApiPropertyOptional({ example: 'Dr. Ana Ruiz', description: "Required for an external writer; defaults to the mentor's name" })
  @IsOptional()
  @Trim()
  @IsString({ message: 'writerName must be text' })
  @MinLength(1, { message: 'writerName must not be empty' })
  @MaxLength(200, { message: 'writerName must be at most 200 characters' })
  writerName?: string;

  @ApiProperty({ enum: SPECIALTIES, description: "The writer's specialty" })
  @IsIn(SPECIALTIES, oneOf(SPECIALTIES))
  writerSpecialty!: Specialty;

  @ApiPropertyOptional({ default: true, description: 'Whether the writer is US faculty' })
  @IsOptional()
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
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be at least 1' })
  version!: number;

  @ApiPropertyOptional({ description: 'Student (while REQUESTED), advisors and admins' })
  @IsOptional()
  @Trim()
  @IsString({ message: 'writerName must be text' })
  @MinLength(1, { message: 'writerName must not be empty' })
  @MaxLength(200, { message: 'writerName must be at most 200 characters' })
  writerName?: string;

  @ApiPropertyOptional({ enum: SPECIALTIES, description: 'Student (while REQUESTED), advisors and admins' })
  @IsOptional()
  @IsIn(SPECIALTIES, oneOf(SPECIALTIES))
  writerSpecialty?: Specialty;

  @ApiPropertyOptional({ description: 'Student (while REQUESTED), advisors and admins' })
  @IsOptional()
  @IsBoolean({ message: 'writerInUS must be true or false' })
  writerInUS?: boolean;

  @ApiPropertyOptional({ nullable: true, description: 'Student (while REQUESTED), the mentor, advisors and admins; null clears it' })
  @IsOptionalOrNull()
  @IsCalendarDate()
  dueDate?: string | null;

  @ApiPropertyOptional({ nullable: true, description: "The mentor's private note: the mentor, advisors and admins" })
  @IsOptionalOrNull()
  @IsString({ message: 'mentorNote must be text' })
  @MaxLength(4000, { message: 'mentorNote must be at most 4000 characters' })
  mentorNote?: string | null;

  @ApiPropertyOptional({ enum: LETTER_STATUSES, description: 'Not changeable here: use POST /api/letters/:letterId/transitions' })
  @IsOptional()
  @IsIn(LETTER_STATUSES, oneOf(LETTER_STATUSES))
  status?: LetterStatus;
}

export class LetterTransitionDto {
  @ApiProperty({ enum: LETTER_STATUSES, description: 'The next status: REQUESTED → COMMITTED | DECLINED, COMMITTED → SUBMITTED | DECLINED' })
  @IsIn(LETTER_STATUSES, oneOf(LETTER_STATUSES))
  to!: LetterStatus;

  @ApiProperty({ description: 'The version you last saw; a stale one answers 409' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be at least 1' })
  version!: number;

  @ApiPropertyOptional({ example: '2026-08-15', description: 'Required to commit unless the letter already has one' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string;

  @ApiPropertyOptional({ description: "Stored as the mentor's private note (never shown to the student)" })
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @MaxLength(4000, { message: 'note must be at most 4000 characters' })
  note?: string;
}
