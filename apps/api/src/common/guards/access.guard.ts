import { ForbiddenException, Injectable, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Role } from '@advising/contracts';
import { ERROR_CODES } from '@advising/contracts';
import type { AuthUser } from '../auth-user';
import { IS_PUBLIC_KEY } from '../decorators/public.decorator';
import { ROLES_KEY } from '../decorators/roles.decorator';

/**
 * The one global guard. Public routes pass; every other route needs a valid access token
 * (passport-jwt) and must name the roles it allows: a route that names none is refused.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;
    await super.canActivate(context);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const user = context.switchToHttp().getRequest<{ user: AuthUser }>().user;
    if (!roles || !roles.includes(user.role)) {
      throw new ForbiddenException({ code: ERROR_CODES.FORBIDDEN, message: 'Your role may not do this.' });
    }
    return true;
  }

  override handleRequest<T = AuthUser>(error: unknown, user: T | false): T {
    if (error || !user) {
      throw new UnauthorizedException({ code: ERROR_CODES.AUTH_TOKEN_INVALID, message: 'Sign in again: the access token is missing, expired or no longer valid.' });
    }
    return user;
  }
}
