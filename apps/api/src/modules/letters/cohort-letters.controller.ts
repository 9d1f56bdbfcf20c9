import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LetterView } from '@advising/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Permission } from '../../common/decorators/permission.decorator';
import { CohortLettersService } from './cohort-letters.service';
import { UUID_PARAM } from '../../common/http/uuid-param';

@ApiTags('letters')
@Controller('cohorts')
export class CohortLettersController {
  constructor(private readonly letters: CohortLettersService) {}

  @Get(':cohortId/letters')
  @Permission('cohorts.letters')
  @ApiOperation({ summary: "Letters of the cohort's students, by due date (no mentor notes): the letter board" })
  list(@CurrentUser() user: AuthUser, @Param('cohortId', UUID_PARAM) cohortId: string): Promise<LetterView[]> {
    return this.letters.list(user, cohortId);
  }
}
