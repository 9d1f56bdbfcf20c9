import { ApiPropertyOptional } from '@nestjs/swagger';
import { BANDS, PATHWAYS, type Band, type Pathway } from '@advising/strategy-rules';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsString, IsUUID, Matches } from 'class-validator';
import { IntField, Optional, TextField } from '../../../common/validation/validators';

export const STUDENT_SORT_KEYS = ['name', 'step2ck', 'pathway', 'band', 'lettersSecured', 'changed'] as const;
export type StudentSortKey = (typeof STUDENT_SORT_KEYS)[number];
export const STUDENT_SORTS: readonly string[] = STUDENT_SORT_KEYS.flatMap((k) => [k, `-${k}`]);

export class ListStudentsQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only students of this cohort' })
  @Optional()
  @IsUUID('4', { message: 'cohortId must be a cohort id' })
  cohortId?: string;

  @ApiPropertyOptional({ enum: PATHWAYS, description: "The engine's pathway in the latest recommendation (an advisor's override is shown as overridePathway, not filtered on)" })
  @Optional()
  @IsIn(PATHWAYS, { message: `pathway must be one of: ${PATHWAYS.join(', ')}` })
  pathway?: Pathway;

  @ApiPropertyOptional({ enum: BANDS, description: "Score band on the scale of the student's own target: the DR band for DR-target students, the IR band for IR-target students" })
  @Optional()
  @IsIn(BANDS, { message: `band must be one of: ${BANDS.join(', ')}` })
  band?: Band;

  @ApiPropertyOptional({ example: 'LOW_STEP2CK', description: 'A flag code present in the latest recommendation' })
  @Optional()
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{0,63}$/, { message: 'flag must be a flag code such as LOW_STEP2CK' })
  flag?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'true: only students with letters at risk (open letters due within 14 days or overdue, or fewer secured than needed)' })
  @Optional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'lettersAtRisk must be true or false' })
  lettersAtRisk?: boolean;

  @ApiPropertyOptional({ description: 'Text search in name and email (case-insensitive)', maxLength: 200 })
  @Optional()
  @TextField({ max: 200, trim: false })
  q?: string;

  @ApiPropertyOptional({ enum: STUDENT_SORTS, default: 'name', description: 'Sort key; a leading - sorts descending' })
  @Optional()
  @IsIn(STUDENT_SORTS, { message: `sort must be one of: ${STUDENT_SORTS.join(', ')}` })
  sort?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @Optional()
  @IntField({ min: 1, max: 500, query: true })
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (opaque)' })
  @Optional()
  @TextField({ max: 1000, trim: false })
  cursor?: string;
}
