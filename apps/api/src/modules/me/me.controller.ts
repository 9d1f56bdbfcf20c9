import { Controller, Get, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { StudentRecordExport } from '@advising/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Permission } from '../../common/decorators/permission.decorator';
import { MeService } from './me.service';

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  /** The student's whole record as a JSON file download. */
  @Get('record')
  @ApiProduces('application/json')
  @Permission('me.record')
  async record(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) reply: FastifyReply): Promise<StudentRecordExport> {
    const { filename, body } = await this.me.record(user);
    void reply.header('Content-Disposition', `attachment; filename="${filename}"`);
    return body;
  }
}
