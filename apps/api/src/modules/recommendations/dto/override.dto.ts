import { ApiProperty } from '@nestjs/swagger';
import { PATHWAYS, type Pathway } from '@advising/strategy-rules';
import { IsIn } from 'class-validator';
import { TextField } from '../../../common/validation/validators';

export class OverrideDto {
  @ApiProperty({ enum: PATHWAYS })
  @IsIn(PATHWAYS, { message: `pathway must be one of: ${PATHWAYS.join(', ')}` })
  pathway!: Pathway;

  @ApiProperty({ minLength: 10, description: 'Why the advisor departs from the engine' })
  @TextField({ min: 10, max: 2000, multiline: true, minMessage: 'reason must explain the decision (at least 10 characters)' })
  reason!: string;
}
