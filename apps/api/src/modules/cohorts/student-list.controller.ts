import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, StudentListItem } from '@advising/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Permission } from '../../common/decorators/permission.decorator';
import { ListStudentsQueryDto } from './dto/student-list.dto';
import { StudentListService } from './student-list.service';

/** The cohort table (GET /api/students); a student's own routes live in the students module. */
@ApiTags('students')
@Controller('students')
export class StudentListController {
  constructor(private readonly students: StudentListService) {}

  @Get()
  @Permission('students.list')
  @ApiOperation({
    summary: 'Students in your scope with their current recommendation: filters, sort, keyset pagination',
    description:
      "Admins see the institution's students, advisors the students of the cohorts they advise. `pathway` filters on the engine's pathway (an override is shown as overridePathway); `band` on the band of the student's own target (DR band for DR-target students, else IR band). Letters at risk: open letters due within 14 days or overdue, plus letters still missing from the plan.",
  })
  list(@CurrentUser() user: AuthUser, @Query() query: ListStudentsQueryDto): Promise<Page<StudentListItem>> {
    return this.students.list(user, query);
  }
}
