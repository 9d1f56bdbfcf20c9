import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/validators';

export class CreateNoteDto {
  @ApiProperty({ minLength: 1, maxLength: 5000, example: 'Discussed a research year; revisit after Step 2 CK.' })
  @Trim()
  @IsString({ message: 'body must be text' })
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(5000, { message: 'body must be at most 5000 characters' })
  body!: string;
}
