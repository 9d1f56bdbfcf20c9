import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { OverrideView, TimelineEntry, WhatIfResult } from '@advising/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Permission } from '../../common/decorators/permission.decorator';
import { OverrideDto } from './dto/override.dto';
import { WhatIfDto } from './dto/what-if.dto';
import { RecommendationsService } from './recommendations.service';
import { UUID_PARAM } from '../../common/http/uuid-param';

@ApiTags('recommendations')
@Controller('students/:studentId')
export class RecommendationsController {
  constructor(private readonly recommendations: RecommendationsService) {}

  @Get('recommendations')
  @Permission('students.timeline')
  timeline(@CurrentUser() user: AuthUser, @Param('studentId', UUID_PARAM) studentId: string): Promise<TimelineEntry[]> {
    return this.recommendations.timeline(user, studentId);
  }

  @Post('what-if')
  @HttpCode(HttpStatus.OK)
  @Permission('students.whatIf')
  whatIf(@CurrentUser() user: AuthUser, @Param('studentId', UUID_PARAM) studentId: string, @Body() body: WhatIfDto): Promise<WhatIfResult> {
    return this.recommendations.whatIf(user, studentId, body);
  }

  @Put('override')
  @Permission('students.override')
  setOverride(@CurrentUser() user: AuthUser, @Param('studentId', UUID_PARAM) studentId: string, @Body() body: OverrideDto): Promise<OverrideView> {
    return this.recommendations.setOverride(user, studentId, body);
  }

  @Delete('override')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Permission('students.clearOverride')
  clearOverride(@CurrentUser() user: AuthUser, @Param('studentId', UUID_PARAM) studentId: string): Promise<void> {
    return this.recommendations.clearOverride(user, studentId);
  }
}
