import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsObject, IsOptional } from 'class-validator';

/**
 * A hypothetical change to a student's record. The parts are checked by the rules engine's own
 * profile validation once merged, so the errors name the exact field (e.g. `addExams.0.score`).
 */
export class WhatIfDto {
  @ApiPropertyOptional({ description: 'Profile fields to change (applicantType, target, graduationYear, applicationYear, needsVisa, homeProgramHasIR, previousApplications)' })
  @IsOptional()
  @IsObject()
  profile?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Replaces every Step 2 CK attempt with one passed attempt at this score' })
  @IsOptional()
  step2ckScore?: unknown;

  @ApiPropertyOptional({ type: [Object] }) @IsOptional() @IsArray() addExams?: unknown[];
  @ApiPropertyOptional({ type: [Object] }) @IsOptional() @IsArray() addRotations?: unknown[];
  @ApiPropertyOptional({ type: [Object] }) @IsOptional() @IsArray() addResearch?: unknown[];
  @ApiPropertyOptional({ type: [Object] }) @IsOptional() @IsArray() addLetters?: unknown[];
}
