import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { rolesFor, type PermissionId } from '@advising/contracts';
import { Roles } from './roles.decorator';

export const PERMISSION_KEY = 'auth:permission';

/**
 * Binds a route to its row of the permission table (libs/contracts): the roles allowed, and the
 * scope each role has on the record named in the path, both enforced by the global guard.
 */
export const Permission = (id: PermissionId): MethodDecorator =>
  applyDecorators(SetMetadata(PERMISSION_KEY, id), Roles(...rolesFor(id)), ApiBearerAuth());
