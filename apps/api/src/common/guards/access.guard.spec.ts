import { ForbiddenException, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthUser } from '../auth-user';
import { Public } from '../decorators/public.decorator';
import { AnyRole, Roles } from '../decorators/roles.decorator';
import { AccessGuard } from './access.guard';

class Sample {
  @Public() open(): string {
    return 'open';
  }
  @Roles('ADVISOR') advisorsOnly(): string {
    return 'advisorsOnly';
  }
  @AnyRole() anyone(): string {
    return 'anyone';
  }
  unmarked(): string {
    return 'unmarked';
  }
}

function context(handler: keyof Sample, user?: Partial<AuthUser>): ExecutionContext {
  return {
    getHandler: () => Sample.prototype[handler],
    getClass: () => Sample,
    switchToHttp: () => ({ getRequest: () => ({ user }) }),
  } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  const scopes = { assertReachable: jest.fn() };
  const guard = new AccessGuard(new Reflector(), scopes as never);
  // The passport step is exercised in the integration tests; here it stands in as "token verified".
  beforeEach(() => jest.spyOn(Object.getPrototypeOf(AccessGuard.prototype) as { canActivate: () => Promise<boolean> }, 'canActivate').mockResolvedValue(true));
  afterEach(() => jest.restoreAllMocks());

  it('lets public routes through without a token', async () => {
    await expect(guard.canActivate(context('open'))).resolves.toBe(true);
  });

  it('allows a role the route names', async () => {
    await expect(guard.canActivate(context('advisorsOnly', { role: 'ADVISOR' }))).resolves.toBe(true);
    await expect(guard.canActivate(context('anyone', { role: 'STUDENT' }))).resolves.toBe(true);
  });

  it('refuses a role the route does not name', async () => {
    await expect(guard.canActivate(context('advisorsOnly', { role: 'STUDENT' }))).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('denies by default: a signed-in route that names no roles is refused to everyone', async () => {
    for (const role of ['ADMIN', 'ADVISOR', 'MENTOR', 'STUDENT'] as const) {
      await expect(guard.canActivate(context('unmarked', { role }))).rejects.toBeInstanceOf(ForbiddenException);
    }
  });

  it('turns a failed token check into 401 with a clear code', () => {
    expect(() => guard.handleRequest(null, false)).toThrow(UnauthorizedException);
    expect(() => guard.handleRequest(new Error('jwt expired'), false)).toThrow(UnauthorizedException);
  });
});
