import { ForbiddenException, Injectable, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ERROR_CODES, PERMISSIONS, type EndpointPermission, type PermissionId, type ResourceKind, type Role } from '@advising/contracts';
import { ScopeService } from '../access/scope.service';
import { isDatabaseUnavailable } from '../http/error-body';
import type { AuthUser } from '../auth-user';
import { PERMISSION_KEY } from '../decorators/permission.decorator';
import { ALLOWED_BEFORE_PASSWORD_CHANGE_KEY } from '../decorators/password-change.decorator';
import { IS_PUBLIC_KEY } from '../decorators/public.decorator';
import { ROLES_KEY } from '../decorators/roles.decorator';

/** The path parameter that names each kind of record. */
const RESOURCE_PARAM: Record<Exclude<ResourceKind, null>, string> = { student: 'studentId', cohort: 'cohortId', letter: 'letterId', user: 'userId', job: 'jobId' };

/**
 * The one global guard. Public routes pass; every other route needs a valid access token
 * (passport-jwt) and must name the roles it allows: a route that names none is refused. A route
 * bound to the permission table also has the record in its path checked against the caller's scope.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly scopes: ScopeService,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;
    await super.canActivate(context);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const request = context.switchToHttp().getRequest<{ user: AuthUser; params?: Record<string, string> }>();
    const user = request.user;
    if (!roles || !roles.includes(user.role)) {
      throw new ForbiddenException({ code: ERROR_CODES.FORBIDDEN, message: 'Your role may not do this.' });
    }
    if (user.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_PASSWORD_CHANGE_KEY, targets)) {
      throw new ForbiddenException({ code: ERROR_CODES.PASSWORD_CHANGE_REQUIRED, message: 'Set a new password of your own before you continue.' });
    }
    const permissionId = this.reflector.get<PermissionId | undefined>(PERMISSION_KEY, context.getHandler());
    if (permissionId) {
      const permission: EndpointPermission = PERMISSIONS[permissionId];
      const scope = permission.allow[user.role];
      if (permission.resource && scope) {
        await this.scopes.assertReachable(user, permission.resource, request.params?.[RESOURCE_PARAM[permission.resource]], scope);
      }
    }
    return true;
  }

  override handleRequest<T = AuthUser>(error: unknown, user: T | false): T {
    // The session could not be checked because the database is down: 503, not "sign in again".
    if (isDatabaseUnavailable(error)) throw error;
    if (error || !user) {
      throw new UnauthorizedException({ code: ERROR_CODES.AUTH_TOKEN_INVALID, message: 'Sign in again: the access token is missing, expired or no longer valid.' });
    }
    return user;
  }
}
