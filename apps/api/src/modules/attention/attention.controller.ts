import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AttentionAcknowledgementView } from '@advising/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Permission } from '../../common/decorators/permission.decorator';
import { UUID_PARAM } from '../../common/http/uuid-param';
import { AttentionService } from './attention.service';
import { AcknowledgeAttentionDto } from './dto/acknowledge.dto';

@ApiTags('students')
@Controller('students/:studentId/attention-acknowledgements')
export class AttentionController {
  constructor(private readonly attention: AttentionService) {}

  @Post()
  @Permission('students.acknowledgeAttention')
  @ApiOperation({ summary: "Acknowledges the student's needs-attention items with a note and a follow-up date: the student leaves the list until then, or until something new happens" })
  acknowledge(@CurrentUser() user: AuthUser, @Param('studentId', UUID_PARAM) studentId: string, @Body() body: AcknowledgeAttentionDto): Promise<AttentionAcknowledgementView> {
    return this.attention.acknowledge(user, studentId, body);
  }
}
