import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { NoteView } from '@advising/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Permission } from '../../common/decorators/permission.decorator';
import { CreateNoteDto } from './dto/note.dto';
import { NotesService } from './notes.service';
import { UUID_PARAM } from '../../common/http/uuid-param';

@ApiTags('notes')
@Controller('students/:studentId/notes')
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Get()
  @Permission('students.listNotes')
  list(@CurrentUser() user: AuthUser, @Param('studentId', UUID_PARAM) studentId: string): Promise<NoteView[]> {
    return this.notes.list(user, studentId);
  }

  @Post()
  @Permission('students.addNote')
  create(@CurrentUser() user: AuthUser, @Param('studentId', UUID_PARAM) studentId: string, @Body() body: CreateNoteDto): Promise<NoteView> {
    return this.notes.create(user, studentId, body);
  }
}
