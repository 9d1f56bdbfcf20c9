import { SetMetadata } from '@nestjs/common';

export const ALLOWED_BEFORE_PASSWORD_CHANGE_KEY = 'auth:allowedBeforePasswordChange';
/**
 * A route a user who signed in with a one-time password may call before setting their own
 * password (setting it, who am I, sign out). Every other route answers 403 until then.
 */
export const AllowedBeforePasswordChange = (): MethodDecorator & ClassDecorator => SetMetadata(ALLOWED_BEFORE_PASSWORD_CHANGE_KEY, true);
