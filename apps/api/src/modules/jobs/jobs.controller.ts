import { Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { BulkJobView } from '@advising/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Permission } from '../../common/decorators/permission.decorator';
import { UUID_PARAM } from '../../common/http/uuid-param';
import { BulkRecomputeService } from '../recommendations/bulk-recompute.service';
import { toBulkJobView } from './bulk-job.mappers';

/** The institution's background jobs an admin follows: bulk recomputations with progress. */
@ApiTags('admin')
@Controller('admin/jobs')
export class JobsController {
  constructor(private readonly recompute: BulkRecomputeService) {}

  @Get()
  @Permission('jobs.list')
  @ApiOperation({ summary: 'The latest bulk jobs of the institution, newest first, with progress' })
  async list(@CurrentUser() user: AuthUser): Promise<BulkJobView[]> {
    return (await this.recompute.list(user.institutionId)).map(toBulkJobView);
  }

  @Post('recompute')
  @HttpCode(HttpStatus.ACCEPTED)
  @Permission('jobs.recompute')
  @ApiOperation({ summary: "Recomputes every student's recommendation as of today, in the background; an identical job already waiting or running is returned instead" })
  async recomputeNow(@CurrentUser() user: AuthUser): Promise<BulkJobView> {
    return toBulkJobView(await this.recompute.start(user.institutionId, 'admin.recompute', user.id));
  }

  @Post(':jobId/retry')
  @HttpCode(HttpStatus.ACCEPTED)
  @Permission('jobs.retry')
  @ApiOperation({ summary: 'Queues a failed job again; any other job is returned as it is' })
  async retry(@CurrentUser() user: AuthUser, @Param('jobId', UUID_PARAM) jobId: string): Promise<BulkJobView> {
    return toBulkJobView(await this.recompute.retry(user.institutionId, jobId));
  }
}
