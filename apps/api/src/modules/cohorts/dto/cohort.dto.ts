import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsUUID } from 'class-validator';
import { IntField, Optional, TextField } from '../../../common/validation/validators';

export class CreateCohortDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Match 2027', description: 'Unique within the institution' })
  @TextField({ min: 1, max: 200 })
  name!: string;

  @ApiProperty({ minimum: 2000, maximum: 2100, example: 2027 })
  @IntField({ min: 2000, max: 2100 })
  matchYear!: number;
}

export class UpdateCohortDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @Optional()
  @TextField({ min: 1, max: 200 })
  name?: string;

  @ApiPropertyOptional({ minimum: 2000, maximum: 2100 })
  @Optional()
  @IntField({ min: 2000, max: 2100 })
  matchYear?: number;

  @ApiProperty({ description: 'The version you last saw; a stale one answers 409 with the current cohort' })
  @IntField({ min: 1 })
  version!: number;
}

export class SetAdvisorsDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'The complete set of advisors: active ADVISOR users of the institution (empty: none)' })
  @IsArray({ message: 'advisorIds must be a list' })
  @ArrayMaxSize(100, { message: 'advisorIds may name at most 100 advisors' })
  @ArrayUnique({ message: 'advisorIds must not repeat an id' })
  @IsUUID('4', { each: true, message: 'advisorIds must hold user ids' })
  advisorIds!: string[];
}

export class AddStudentsDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Students (with a profile) of the institution to move into this cohort' })
  @IsArray({ message: 'studentIds must be a list' })
  @ArrayMaxSize(500, { message: 'studentIds may name at most 500 students' })
  @ArrayUnique({ message: 'studentIds must not repeat an id' })
  @IsUUID('4', { each: true, message: 'studentIds must hold student ids' })
  studentIds!: string[];
}

export class ImportQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false', description: 'true: validate and report per row, write nothing' })
  @Optional()
  @IsIn(['true', 'false'], { message: 'dryRun must be true or false' })
  dryRun?: 'true' | 'false';
}

/** Accepts `?dryRun=true`; anything but the two literals is refused by the DTO. */
export const isDryRun = (query: ImportQueryDto): boolean => query.dryRun === 'true';
