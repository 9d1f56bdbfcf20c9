import { ApiProperty } from '@nestjs/swagger';
import { TextField } from '../../../common/validation/validators';

export class CreateNoteDto {
  @ApiProperty({ minLength: 1, maxLength: 5000, example: 'Discussed a research year; revisit after Step 2 CK.' })
  @TextField({ min: 1, max: 5000, multiline: true })
  body!: string;
}
