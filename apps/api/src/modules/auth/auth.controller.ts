import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserShape, TokenPair } from '@advising/contracts';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { AllowedBeforePasswordChange } from '../../common/decorators/password-change.decorator';
import { Public } from '../../common/decorators/public.decorator';
import { AnyRole } from '../../common/decorators/roles.decorator';
import { AuthService } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { LogoutDto, RefreshDto } from './dto/refresh.dto';
import { CurrentUserResponse, TokenPairResponse } from './dto/token-pair.response';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: TokenPairResponse })
  login(@Body() body: LoginDto, @Req() request: FastifyRequest): Promise<TokenPair> {
    return this.auth.login(body.email, body.password, request.ip);
  }

  @Public()
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: TokenPairResponse })
  refresh(@Body() body: RefreshDto): Promise<TokenPair> {
    return this.auth.refresh(body.refreshToken);
  }

  @AnyRole()
  @AllowedBeforePasswordChange()
  @ApiBearerAuth()
  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Change your own password (the current one required); every other session of yours ends' })
  changePassword(@CurrentUser() user: AuthUser, @Body() body: ChangePasswordDto, @Req() request: FastifyRequest): Promise<void> {
    return this.auth.changePassword(user, body.currentPassword, body.newPassword, request.ip);
  }

  @AnyRole()
  @AllowedBeforePasswordChange()
  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  logout(@CurrentUser() user: AuthUser, @Body() _body: LogoutDto): Promise<void> {
    return this.auth.logout(user);
  }

  @AnyRole()
  @AllowedBeforePasswordChange()
  @ApiBearerAuth()
  @Get('me')
  @ApiOkResponse({ type: CurrentUserResponse })
  me(@CurrentUser() user: AuthUser): Promise<CurrentUserShape> {
    return this.auth.me(user);
  }
}
