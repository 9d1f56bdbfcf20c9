import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate, TextField } from '../../../common/validation/validators';

export class AcknowledgeAttentionDto {
  @ApiProperty({ minLength: 1, maxLength: 1000, example: 'Called the writer; letter promised by Friday.' })
  @TextField({ min: 1, max: 1000, multiline: true })
  note!: string;

  @ApiProperty({ example: '2026-12-15', format: 'date', description: 'When to look again: after today, within a year' })
  @IsCalendarDate()
  followUpOn!: string;
}
