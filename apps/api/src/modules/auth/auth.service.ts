import { createHash, randomBytes } from 'node:crypto';
import { BadRequestException, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { ACCESS_TOKEN_TTL_SECONDS, ERROR_CODES, type CurrentUser, type TokenPair } from '@advising/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { AuditService } from '../audit/audit.service';
import { User } from '../users/user.entity';
import { SESSION_TTL_SECONDS, type AccessTokenClaims } from './auth.constants';
import { AuthSession } from './auth-session.entity';
import { LoginThrottleService } from './login-throttle.service';
import { assertStrongPassword } from './password-policy';
import { PasswordService } from './password.service';
import { RefreshToken } from './refresh-token.entity';

const invalidCredentials = (): UnauthorizedException =>
  new UnauthorizedException({ code: ERROR_CODES.AUTH_INVALID_CREDENTIALS, message: 'Email or password is incorrect.' });
const invalidRefresh = (): UnauthorizedException =>
  new UnauthorizedException({ code: ERROR_CODES.AUTH_REFRESH_INVALID, message: 'Your session has ended. Sign in again.' });

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly passwords: PasswordService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  /** Checks the password and opens a session. Unknown e-mail and wrong password answer the same. */
  async login(email: string, password: string, address: string): Promise<TokenPair> {
    // Counted before the password is tried, in one atomic step: a burst cannot slip past the limit.
    const attempt = await this.throttle.reserve(email, address);
    const user = await this.db.getRepository(User).findOne({ where: { email: attempt.email } });
    const ok = user && user.active ? await this.passwords.verify(user.passwordHash, password) : await this.passwords.verifyAgainstDummy(password);
    if (!ok || !user) throw invalidCredentials();
    if (user.mustChangePassword) {
      // A one-time password signs in once: the first sign-in spends it (atomically, against a race).
      const spent: unknown[] = await this.db.query(
        `WITH spent AS (UPDATE users SET one_time_password_used_at = now() WHERE id = $1 AND one_time_password_used_at IS NULL RETURNING id) SELECT id FROM spent`,
        [user.id],
      );
      if (!spent.length) throw invalidCredentials();
    }
    await this.throttle.succeeded(attempt);
    const pair = await this.db.transaction(async (tx) => {
      const session = await tx.getRepository(AuthSession).save(
        tx.getRepository(AuthSession).create({ userId: user.id, institutionId: user.institutionId, expiresAt: new Date(Date.now() + SESSION_TTL_SECONDS * 1000), revokedAt: null, revokedReason: null }),
      );
      return this.issue(tx, user, session.id);
    });
    return user.mustChangePassword ? { ...pair, passwordChangeRequired: true } : pair;
  }

  /**
   * The signed-in user sets their own password: the current one is required (and throttled like a
   * sign-in), the new one must be strong and different; every other session of theirs ends.
   */
  async changePassword(user: AuthUser, currentPassword: string, newPassword: string, address: string): Promise<void> {
    const found = await this.db.getRepository(User).findOne({ where: { id: user.id, institutionId: user.institutionId } });
    if (!found) throw new NotFoundException({ message: 'User not found.' });
    const attempt = await this.throttle.reserve(found.email, address);
    if (!(await this.passwords.verify(found.passwordHash, currentPassword))) {
      throw new BadRequestException({ code: ERROR_CODES.VALIDATION_FAILED, message: 'The request has invalid fields.', details: [{ field: 'currentPassword', message: 'currentPassword is not your current password' }] });
    }
    await this.throttle.succeeded(attempt);
    if (newPassword === currentPassword) {
      throw new BadRequestException({ code: ERROR_CODES.VALIDATION_FAILED, message: 'The request has invalid fields.', details: [{ field: 'newPassword', message: 'newPassword must differ from the current one' }] });
    }
    assertStrongPassword(newPassword, 'newPassword', [found.email, found.displayName]);
    const passwordHash = await this.passwords.hash(newPassword);
    await this.db.transaction(async (tx) => {
      await tx.query(`UPDATE users SET password_hash = $2, must_change_password = false, one_time_password_used_at = NULL, updated_at = now() WHERE id = $1`, [user.id, passwordHash]);
      await tx.query(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'password_changed' WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL`, [user.id, user.sessionId]);
      await this.audit.record(tx, user, { action: 'user.password_changed', entity: 'user', entityId: user.id, studentId: user.role === 'STUDENT' ? user.id : null });
    });
  }

  /**
   * Spends a refresh token and issues the next one of the same session. A token that was already
   * spent means it leaked: the whole session (every token it issued) is revoked.
   */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.db.transaction(async (tx) => {
      const rows: { id: string; session_id: string; used_at: Date | null; revoked_at: Date | null; expired: boolean; user_id: string }[] = await tx.query(
        `SELECT rt.id, rt.session_id, rt.used_at, s.revoked_at, s.expires_at <= now() AS expired, s.user_id
           FROM refresh_tokens rt JOIN auth_sessions s ON s.id = rt.session_id
          WHERE rt.token_hash = $1 FOR UPDATE OF rt, s`,
        [hashToken(refreshToken)],
      );
      const row = rows[0];
      if (!row || row.revoked_at || row.expired) return null;
      if (row.used_at) {
        await this.revokeSession(tx, row.session_id, 'refresh-token-reuse');
        return null;
      }
      const user = await tx.getRepository(User).findOne({ where: { id: row.user_id } });
      if (!user || !user.active) return null;
      await tx.getRepository(RefreshToken).update({ id: row.id }, { usedAt: new Date() });
      return this.issue(tx, user, row.session_id);
    });
    if (!outcome) throw invalidRefresh();
    return outcome;
  }

  async logout(user: AuthUser): Promise<void> {
    await this.revokeSession(this.db.manager, user.sessionId, 'logout');
  }

  /** Ends every session of a user (deactivation, role change): their tokens stop working at once. */
  async revokeAllSessions(manager: EntityManager, userId: string, reason: string): Promise<void> {
    await manager.query(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL`, [userId, reason]);
  }

  async me(user: AuthUser): Promise<CurrentUser> {
    const found = await this.db.getRepository(User).findOne({ where: { id: user.id, institutionId: user.institutionId }, relations: { institution: true } });
    if (!found?.institution) throw new NotFoundException({ message: 'User not found.' });
    return {
      id: found.id,
      email: found.email,
      displayName: found.displayName,
      role: found.role,
      institution: { id: found.institution.id, name: found.institution.name },
      ...(found.mustChangePassword ? { passwordChangeRequired: true } : {}),
    };
  }

  private async revokeSession(manager: EntityManager, sessionId: string, reason: string): Promise<void> {
    await manager.query(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL`, [sessionId, reason]);
  }

  private async issue(tx: EntityManager, user: User, sessionId: string): Promise<TokenPair> {
    const refreshToken = randomBytes(32).toString('base64url');
    await tx.getRepository(RefreshToken).insert({ sessionId, tokenHash: hashToken(refreshToken), usedAt: null });
    const claims: AccessTokenClaims = { sub: user.id, sid: sessionId, role: user.role, inst: user.institutionId };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: ACCESS_TOKEN_TTL_SECONDS });
    return { accessToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS, refreshToken, tokenType: 'Bearer' };
  }
}
