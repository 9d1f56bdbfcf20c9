import { Body, Controller, Delete, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ExamView, ResearchView, RotationView } from '@advising/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Permission } from '../../common/decorators/permission.decorator';
import { CreateExamDto, CreateResearchDto, CreateRotationDto, UpdateExamDto, UpdateResearchDto, UpdateRotationDto, VersionQueryDto } from './dto/record.dto';
import { RecordsService } from './records.service';
import { UUID_PARAM } from '../../common/http/uuid-param';

@ApiTags('student records')
@Controller('students/:studentId')
export class RecordsController {
  constructor(private readonly records: RecordsService) {}

  @Post('exams')
  @Permission('exams.create')
  createExam(@CurrentUser() user: AuthUser, @Param('studentId', UUID_PARAM) studentId: string, @Body() body: CreateExamDto): Promise<ExamView> {
    return this.records.createExam(user, studentId, body);
  }

  @Patch('exams/:itemId')
  @Permission('exams.update')
  updateExam(@CurrentUser() user: AuthUser, @Param('studentId', UUID_PARAM) studentId: string, @Param('itemId', UUID_PARAM) id: string, @Body() body: UpdateExamDto): Promise<ExamView> {
    return this.records.updateExam(user, studentId, id, body);
  }

  @Delete('exams/:itemId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Permission('exams.delete')
  deleteExam(@CurrentUser() user: AuthUser, @Param('studentId', UUID_PARAM) studentId: string, @Param('itemId', UUID_PARAM) id: string, @Query() query: VersionQueryDto): Promise<void> {
    return this.records.deleteExam(user, studentId, id, query.version);
  }

  @Post('rotations')
  @Permission('rotations.create')
  createRotation(@CurrentUser() user: AuthUser, @Param('studentId', UUID_PARAM) studentId: string, @Body() body: CreateRotationDto): Promise<RotationView> {
    return this.records.createRotation(user, studentId, body);
  }

  @Patch('rotations/:itemId')
  @Permission('rotations.update')
  updateRotation(@CurrentUser() user: AuthUser, @Param('studentId', UUID_PARAM) studentId: string, @Param('itemId', UUID_PARAM) id: string, @Body() body: UpdateRotationDto): Promise<RotationView> {
    return this.records.updateRotation(user, studentId, id, body);
  }

  @Delete('rotations/:itemId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Permission('rotations.delete')
  deleteRotation(@CurrentUser() user: AuthUser, @Param('studentId', UUID_PARAM) studentId: string, @Param('itemId', UUID_PARAM) id: string, @Query() query: VersionQueryDto): Promise<void> {
    return this.records.deleteRotation(user, studentId, id, query.version);
  }

  @Post('research')
  @Permission('research.create')
  createResearch(@CurrentUser() user: AuthUser, @Param('studentId', UUID_PARAM) studentId: string, @Body() body: CreateResearchDto): Promise<ResearchView> {
    return this.records.createResearch(user, studentId, body);
  }

  @Patch('research/:itemId')
  @Permission('research.update')
  updateResearch(@CurrentUser() user: AuthUser, @Param('studentId', UUID_PARAM) studentId: string, @Param('itemId', UUID_PARAM) id: string, @Body() body: UpdateResearchDto): Promise<ResearchView> {
    return this.records.updateResearch(user, studentId, id, body);
  }

  @Delete('research/:itemId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Permission('research.delete')
  deleteResearch(@CurrentUser() user: AuthUser, @Param('studentId', UUID_PARAM) studentId: string, @Param('itemId', UUID_PARAM) id: string, @Query() query: VersionQueryDto): Promise<void> {
    return this.records.deleteResearch(user, studentId, id, query.version);
  }
}
