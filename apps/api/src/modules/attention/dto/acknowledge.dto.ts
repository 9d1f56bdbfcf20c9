import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate, Trim } from '../../../common/validation/validators';

export class AcknowledgeAttentionDto {
  @ApiProperty({ minLength: 1, maxLength: 1000, example: 'Called the writer; letter promised by Friday.' })
  @Trim()
  @IsString({ message: 'note must be text' })
  @MinLength(1, { message: 'note must not be empty' })
  @MaxLength(1000, { message: 'note must be at most 1000 characters' })
  note!: string;

  @ApiProperty({ example: '2026-12-15', description: 'When to look again: after today, within a year' })
  @IsCalendarDate()
  followUpOn!: string;
}
