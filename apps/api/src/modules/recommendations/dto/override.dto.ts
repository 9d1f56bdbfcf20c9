import { ApiProperty } from '@nestjs/swagger';
import { PATHWAYS, type Pathway } from '@advising/strategy-rules';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/validators';

export class OverrideDto {
  @ApiProperty({ enum: PATHWAYS })
  @IsIn(PATHWAYS, { message: `pathway must be one of: ${PATHWAYS.join(', ')}` })
  pathway!: Pathway;

  @ApiProperty({ minLength: 10, description: 'Why the advisor departs from the engine' })
  @Trim()
  @IsString()
  @MinLength(10, { message: 'reason must explain the decision (at least 10 characters)' })
  @MaxLength(2000)
  reason!: string;
}
