import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  EXAM_NAMES,
  EXAM_RESULTS,
  RESEARCH_FIELDS,
  RESEARCH_KINDS,
  RESEARCH_STATUSES,
  ROTATION_OUTCOMES,
  ROTATION_SETTINGS,
  ROTATION_STATUSES,
  SPECIALTIES,
} from '@advising/contracts';
import type { ExamName, ExamResult, ResearchField, ResearchKind, ResearchStatus, RotationOutcome, RotationSetting, RotationStatus, Specialty } from '@advising/strategy-rules';
import { IsBoolean, IsIn } from 'class-validator';
import { IntField, IsCalendarDate, IsOptionalOrNull, Optional, TextField } from '../../../common/validation/validators';

const oneOf = (values: readonly string[]) => ({ message: `$property must be one of: ${values.join(', ')}` });

export class CreateExamDto {
  @ApiProperty({ enum: EXAM_NAMES }) @IsIn(EXAM_NAMES, oneOf(EXAM_NAMES)) exam!: ExamName;
  @ApiProperty({ enum: EXAM_RESULTS }) @IsIn(EXAM_RESULTS, oneOf(EXAM_RESULTS)) result!: ExamResult;
  @ApiPropertyOptional({ minimum: 1, maximum: 300, nullable: true, description: 'Three-digit score; none for a scheduled exam or a pass/fail Step 1' })
  @IsOptionalOrNull()
  @IntField({ min: 1, max: 300 })
  score?: number | null;
  @ApiPropertyOptional({ example: '2026-07-15', nullable: true }) @IsOptionalOrNull() @IsCalendarDate() date?: string | null;
}
export class UpdateExamDto extends PartialType(CreateExamDto, { skipNullProperties: false }) {
  @ApiProperty({ description: 'The version you last saw; a stale one answers 409' }) @IntField({ min: 1 }) version!: number;
}

export class CreateRotationDto {
  @ApiProperty({ enum: SPECIALTIES }) @IsIn(SPECIALTIES, oneOf(SPECIALTIES)) specialty!: Specialty;
  @ApiProperty({ enum: ROTATION_SETTINGS }) @IsIn(ROTATION_SETTINGS, oneOf(ROTATION_SETTINGS)) setting!: RotationSetting;
  @ApiProperty({ example: 'University Hospital' }) @TextField({ min: 1, max: 200 }) siteName!: string;
  @ApiPropertyOptional({ default: true }) @Optional() @IsBoolean() inUS?: boolean;
  @ApiProperty({ minimum: 1, maximum: 52 }) @IntField({ min: 1, max: 52 }) weeks!: number;
  @ApiPropertyOptional({ nullable: true }) @IsOptionalOrNull() @IsCalendarDate() startDate?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptionalOrNull() @IsCalendarDate() endDate?: string | null;
  @ApiProperty({ enum: ROTATION_STATUSES }) @IsIn(ROTATION_STATUSES, oneOf(ROTATION_STATUSES)) status!: RotationStatus;
  @ApiPropertyOptional({ enum: ROTATION_OUTCOMES, nullable: true }) @IsOptionalOrNull() @IsIn(ROTATION_OUTCOMES, oneOf(ROTATION_OUTCOMES)) outcome?: RotationOutcome | null;
  @ApiPropertyOptional({ nullable: true, description: 'Advisors and admins only' }) @IsOptionalOrNull() @TextField({ max: 4000, multiline: true, trim: false }) evaluatorComment?: string | null;
}
export class UpdateRotationDto extends PartialType(CreateRotationDto, { skipNullProperties: false }) {
  @ApiProperty() @IntField({ min: 1 }) version!: number;
}

export class CreateResearchDto {
  @ApiProperty({ enum: RESEARCH_FIELDS }) @IsIn(RESEARCH_FIELDS, oneOf(RESEARCH_FIELDS)) field!: ResearchField;
  @ApiProperty({ enum: RESEARCH_KINDS }) @IsIn(RESEARCH_KINDS, oneOf(RESEARCH_KINDS)) kind!: ResearchKind;
  @ApiProperty({ enum: RESEARCH_STATUSES }) @IsIn(RESEARCH_STATUSES, oneOf(RESEARCH_STATUSES)) status!: ResearchStatus;
  @ApiProperty() @TextField({ min: 1, max: 500 }) title!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptionalOrNull() @IsCalendarDate() date?: string | null;
}
export class UpdateResearchDto extends PartialType(CreateResearchDto, { skipNullProperties: false }) {
  @ApiProperty() @IntField({ min: 1 }) version!: number;
}

export class VersionQueryDto {
  @ApiProperty({ description: 'The version you last saw' }) @IntField({ min: 1, query: true }) version!: number;
}
