import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEventView, Page, UserView } from '@advising/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Permission } from '../../common/decorators/permission.decorator';
import { AuditService } from '../audit/audit.service';
import { AuditQueryDto } from '../audit/dto/audit-query.dto';
import { CreateUserDto, ListUsersQueryDto, UpdateUserDto } from '../users/dto/user.dto';
import { UsersService, type CreatedUserView } from '../users/users.service';
import { UUID_PARAM } from '../../common/http/uuid-param';

/** The institution admin's screens: accounts and the audit trail. */
@ApiTags('admin')
@Controller('admin')
export class AdminController {
  constructor(
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  @Get('users')
  @Permission('users.list')
  @ApiOperation({ summary: 'Users of the institution, sorted by name; filters role, active, q; keyset pagination (limit up to 500)' })
  listUsers(@CurrentUser() user: AuthUser, @Query() query: ListUsersQueryDto): Promise<Page<UserView>> {
    return this.users.list(user, query);
  }

  @Post('users')
  @Permission('users.create')
  @ApiOperation({
    summary: 'Creates an account; a STUDENT needs `profile` and gets a first recommendation',
    description:
      'Without `password`, a one-time password is generated and returned once as `oneTimePassword`: hand it to the user, who signs in with it ' +
      'and should set a password of their own. It is stored only as an argon2id hash and cannot be shown again. An e-mail already in use answers 409.',
  })
  @ApiCreatedResponse({ description: 'The new account (UserView), plus `oneTimePassword` when one was generated' })
  createUser(@CurrentUser() user: AuthUser, @Body() body: CreateUserDto): Promise<CreatedUserView> {
    return this.users.create(user, body);
  }

  @Patch('users/:userId')
  @Permission('users.update')
  @ApiOperation({ summary: 'Changes name, role, password or active state; role change, deactivation and a new password end the user\'s sessions at once' })
  updateUser(@CurrentUser() user: AuthUser, @Param('userId', UUID_PARAM) userId: string, @Body() body: UpdateUserDto): Promise<UserView> {
    return this.users.update(user, userId, body);
  }

  @Get('audit-events')
  @Permission('audit.list')
  @ApiOperation({ summary: 'The institution\'s audit trail, newest first; filters actorId, studentId, action (exact or `prefix.`), from, to; keyset pagination' })
  listAuditEvents(@CurrentUser() user: AuthUser, @Query() query: AuditQueryDto): Promise<Page<AuditEventView>> {
    return this.audit.list(user, query);
  }
}
