import { ApiPropertyOptional } from '@nestjs/swagger';
import { BANDS, PATHWAYS, type Band, type Pathway } from '@advising/strategy-rules';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export const STUDENT_SORT_KEYS = ['name', 'step2ck', 'pathway', 'band', 'lettersSecured', 'changed'] as const;
export type StudentSortKey = (typeof STUDENT_SORT_KEYS)[number];
export const STUDENT_SORTS: readonly string[] = STUDENT_SORT_KEYS.flatMap((k) => [k, `-${k}`]);

export class ListStudentsQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only students of this cohort' })
  @IsOptional()
  @IsUUID('4', { message: 'cohortId must be a cohort id' })
  cohortId?: string;

  @ApiPropertyOptional({ enum: PATHWAYS, description: "The engine's pathway in the latest recommendation (an advisor's override is shown as overridePathway, not filtered on)" })
  @IsOptional()
  @IsIn(PATHWAYS, { message: `pathway must be one of: ${PATHWAYS.join(', ')}` })
  pathway?: Pathway;

  @ApiPropertyOptional({ enum: BANDS, description: "Score band on the scale of the student's own target: the DR band for DR-target students, the IR band for IR-target students" })
  @IsOptional()
  @IsIn(BANDS, { message: `band must be one of: ${BANDS.join(', ')}` })
  band?: Band;

  @ApiPropertyOptional({ example: 'LOW_STEP2CK', description: 'A flag code present in the latest recommendation' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{0,63}$/, { message: 'flag must be a flag code such as LOW_STEP2CK' })
  flag?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'true: only students with letters at risk (open letters due within 14 days or overdue, or fewer secured than needed)' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'lettersAtRisk must be true or false' })
  lettersAtRisk?: boolean;

  @ApiPropertyOptional({ description: 'Text search in name and email (case-insensitive)', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'q must be at most 200 characters' })
  q?: string;

  @ApiPropertyOptional({ enum: STUDENT_SORTS, default: 'name', description: 'Sort key; a leading - sorts descending' })
  @IsOptional()
  @IsIn(STUDENT_SORTS, { message: `sort must be one of: ${STUDENT_SORTS.join(', ')}` })
  sort?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be between 1 and 500' })
  @Max(500, { message: 'limit must be between 1 and 500' })
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (opaque)' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'cursor is not valid' })
  cursor?: string;
}
