import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { StudentDetail, StudentProfileView } from '@advising/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Permission } from '../../common/decorators/permission.decorator';
import { UpdateProfileDto } from './dto/profile.dto';
import { StudentsService } from './students.service';
import { UUID_PARAM } from '../../common/http/uuid-param';

@ApiTags('students')
@Controller('students')
export class StudentsController {
  constructor(private readonly students: StudentsService) {}

  @Get(':studentId')
  @Permission('students.get')
  get(@CurrentUser() user: AuthUser, @Param('studentId', UUID_PARAM) studentId: string): Promise<StudentDetail> {
    return this.students.get(user, studentId);
  }

  @Put(':studentId/profile')
  @Permission('students.updateProfile')
  updateProfile(@CurrentUser() user: AuthUser, @Param('studentId', UUID_PARAM) studentId: string, @Body() body: UpdateProfileDto): Promise<StudentProfileView> {
    return this.students.updateProfile(user, studentId, body);
  }
}
