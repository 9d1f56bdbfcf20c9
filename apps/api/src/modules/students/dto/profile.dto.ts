import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPLICANT_TYPES, TARGETS } from '@advising/contracts';
import type { ApplicantType, Target } from '@advising/strategy-rules';
import { IsBoolean, IsIn, ValidateIf } from 'class-validator';
import { IntField, Optional } from '../../../common/validation/validators';

export class ProfileFieldsDto {
  @ApiProperty({ enum: APPLICANT_TYPES }) @IsIn(APPLICANT_TYPES, { message: `applicantType must be one of: ${APPLICANT_TYPES.join(', ')}` }) applicantType!: ApplicantType;
  @ApiProperty({ enum: TARGETS }) @IsIn(TARGETS, { message: 'target must be IR or DR' }) target!: Target;
  @ApiProperty({ example: 2027 }) @IntField({ min: 1950, max: 2100 }) graduationYear!: number;
  @ApiPropertyOptional({ nullable: true }) @ValidateIf((_, v: unknown) => v !== undefined && v !== null) @IntField({ min: 1950, max: 2100 }) applicationYear?: number | null;
  @ApiPropertyOptional() @Optional() @IsBoolean() needsVisa?: boolean;
  @ApiPropertyOptional() @Optional() @IsBoolean() homeProgramHasIR?: boolean;
  @ApiPropertyOptional() @Optional() @IntField({ min: 0, max: 10 }) previousApplications?: number;
}

export class UpdateProfileDto extends ProfileFieldsDto {
  @ApiProperty({ description: 'The version you last saw; a stale one answers 409' }) @IntField({ min: 1 }) version!: number;
}
