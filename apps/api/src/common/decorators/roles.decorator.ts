import { SetMetadata } from '@nestjs/common';
import { ROLES, type Role } from '@advising/contracts';

export const ROLES_KEY = 'auth:roles';

/** The roles allowed on a route. A signed-in route that names no roles is refused (deny by default). */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/** Any signed-in user of any role. */
export const AnyRole = (): MethodDecorator & ClassDecorator => Roles(...ROLES);
