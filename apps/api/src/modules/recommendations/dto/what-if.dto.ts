import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsObject } from 'class-validator';
import { Optional } from '../../../common/validation/validators';

/**
 * A hypothetical change to a student's record. The parts are checked by the rules engine's own
 * profile validation once merged, so the errors name the exact field (e.g. `addExams.0.score`).
 */
export class WhatIfDto {
  @ApiPropertyOptional({ description: 'Profile fields to change (applicantType, target, graduationYear, applicationYear, needsVisa, homeProgramHasIR, previousApplications)' })
  @Optional()
  @IsObject()
  profile?: Record<string, unknown>;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 300, description: 'Replaces every Step 2 CK attempt with one passed attempt at this score' })
  @Optional()
  step2ckScore?: unknown;

  @ApiPropertyOptional({ type: [Object] }) @Optional() @IsArray() addExams?: unknown[];
  @ApiPropertyOptional({ type: [Object] }) @Optional() @IsArray() addRotations?: unknown[];
  @ApiPropertyOptional({ type: [Object] }) @Optional() @IsArray() addResearch?: unknown[];
  @ApiPropertyOptional({ type: [Object] }) @Optional() @IsArray() addLetters?: unknown[];
}
