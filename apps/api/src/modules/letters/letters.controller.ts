import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { LetterView, MentorLetterRequestView, PersonRef } from '@advising/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Permission } from '../../common/decorators/permission.decorator';
import { VersionQueryDto } from '../records/dto/record.dto';
import { CreateLetterDto, LetterTransitionDto, UpdateLetterDto } from './dto/letter.dto';
import { LettersService } from './letters.service';
import { UUID_PARAM } from '../../common/http/uuid-param';

@ApiTags('letters')
@Controller()
export class LettersController {
  constructor(private readonly letters: LettersService) {}

  @Post('students/:studentId/letters')
  @Permission('letters.create')
  create(@CurrentUser() user: AuthUser, @Param('studentId', UUID_PARAM) studentId: string, @Body() body: CreateLetterDto): Promise<LetterView> {
    return this.letters.create(user, studentId, body);
  }

  @Patch('letters/:letterId')
  @Permission('letters.update')
  update(@CurrentUser() user: AuthUser, @Param('letterId', UUID_PARAM) letterId: string, @Body() body: UpdateLetterDto): Promise<LetterView> {
    return this.letters.update(user, letterId, body);
  }

  @Post('letters/:letterId/transitions')
  @HttpCode(HttpStatus.OK)
  @Permission('letters.transition')
  transition(@CurrentUser() user: AuthUser, @Param('letterId', UUID_PARAM) letterId: string, @Body() body: LetterTransitionDto): Promise<LetterView> {
    return this.letters.transition(user, letterId, body);
  }

  @Delete('letters/:letterId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Permission('letters.delete')
  remove(@CurrentUser() user: AuthUser, @Param('letterId', UUID_PARAM) letterId: string, @Query() query: VersionQueryDto): Promise<void> {
    return this.letters.remove(user, letterId, query.version);
  }

  @Get('me/letter-requests')
  @Permission('letters.mine')
  mine(@CurrentUser() user: AuthUser): Promise<MentorLetterRequestView[]> {
    return this.letters.mine(user);
  }

  @Get('mentors')
  @Permission('mentors.list')
  mentors(@CurrentUser() user: AuthUser): Promise<PersonRef[]> {
    return this.letters.mentors(user);
  }
}
