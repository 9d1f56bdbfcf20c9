import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CohortRotationView } from '@advising/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Permission } from '../../common/decorators/permission.decorator';
import { CohortRotationsService } from './cohort-rotations.service';
import { UUID_PARAM } from '../../common/http/uuid-param';

@ApiTags('rotations')
@Controller('cohorts')
export class CohortRotationsController {
  constructor(private readonly rotations: CohortRotationsService) {}

  @Get(':cohortId/rotations')
  @Permission('cohorts.rotations')
  @ApiOperation({ summary: "Rotations of the cohort's students with their outcomes (no evaluator comments): the rotation outcome board" })
  list(@CurrentUser() user: AuthUser, @Param('cohortId', UUID_PARAM) cohortId: string): Promise<CohortRotationView[]> {
    return this.rotations.list(user, cohortId);
  }
}
