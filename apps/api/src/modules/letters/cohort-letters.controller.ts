import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LetterView } from '@advising/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Permission } from '../../common/decorators/permission.decorator';
import { CohortLettersService } from './cohort-letters.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('letters')
@Controller('cohorts')
export class CohortLettersController {
  constructor(private readonly letters: CohortLettersService) {}

  @Get(':cohortId/letters')
  @Permission('cohorts.letters')
  @ApiOperation({ summary: "Letters of the cohort's students, by due date (no mentor notes): the letter board" })
  list(@CurrentUser() user: AuthUser, @Param('cohortId', uuid) cohortId: string): Promise<LetterView[]> {
    return this.letters.list(user, cohortId);
  }
}
