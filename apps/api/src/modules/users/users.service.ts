import { randomBytes } from 'node:crypto';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ERROR_CODES, type AuditAction, type FieldError, type Page, type Role, type UserView } from '@advising/contracts';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { decodeCursor, encodeCursor } from '../../common/persistence/keyset-cursor';
import { updateVersioned } from '../../common/persistence/versioned';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { assertStrongPassword } from '../auth/password-policy';
import { PasswordService } from '../auth/password.service';
import { Cohort } from '../cohorts/cohort.entity';
import { StudentWritesService } from '../recommendations/student-writes.service';
import { StudentProfilesService } from '../students/student-profiles.service';
import type { CreateUserDto, ListUsersQueryDto, UpdateUserDto } from './dto/user.dto';
import { toUserView } from './user.mappers';
import { User } from './user.entity';

/** A new account, with the one-time password when the API generated it (shown this once, never stored in clear). */
export interface CreatedUserView extends UserView {
  oneTimePassword?: string;
}

/** 18 random bytes as base64url: 24 characters, about 144 bits. */
export const generateOneTimePassword = (): string => randomBytes(18).toString('base64url');

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  active: boolean;
  created_at: Date;
  version: number;
}

const fromRow = (r: UserRow): UserView => ({ id: r.id, email: r.email, displayName: r.display_name, role: r.role, active: r.active, createdAt: new Date(r.created_at).toISOString(), version: r.version });

const EMAIL_IN_USE = 'email is already in use';

function invalid(details: FieldError[]): BadRequestException {
  return new BadRequestException({ code: ERROR_CODES.VALIDATION_FAILED, message: 'The request has invalid fields.', details });
}

function emailInUse(): ConflictException {
  return new ConflictException({ code: ERROR_CODES.CONFLICT, message: EMAIL_IN_USE, details: [{ field: 'email', message: EMAIL_IN_USE }] });
}

const isUniqueViolation = (error: unknown): boolean => typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/** Escapes LIKE wildcards so a search for `50%` looks for those characters. */
const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The institution's accounts: list, create (a student together with their profile and first
 * recommendation), change role, name, password or active state. Every write is audited; role
 * changes, deactivation and password resets end the user's sessions in the same transaction.
 */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auth: AuthService,
    private readonly passwords: PasswordService,
    private readonly profiles: StudentProfilesService,
    private readonly audit: AuditService,
    private readonly writes: StudentWritesService,
  ) {}

  /** Users sorted by name (then id), keyset-paginated. */
  async list(user: AuthUser, query: ListUsersQueryDto): Promise<Page<UserView>> {
    const limit = query.limit ?? 50;
    const params: unknown[] = [user.institutionId];
    const where = ['u.institution_id = $1'];
    const add = (sql: (n: string) => string, value: unknown): void => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (query.role) add((p) => `u.role = ${p}`, query.role);
    if (query.active !== undefined) add((p) => `u.active = ${p}`, query.active);
    if (query.q) add((p) => `(lower(u.display_name) LIKE lower(${p}) OR u.email LIKE lower(${p}))`, likePattern(query.q));
    const filtered = [...where];
    const filterParams = [...params];
    if (query.cursor) {
      const [name, id] = decodeCursor(query.cursor, 2);
      params.push(name, id);
      where.push(`(lower(u.display_name), u.id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const rows: UserRow[] = await this.db.query(
      `SELECT u.id, u.email, u.display_name, u.role, u.active, u.created_at, u.version
         FROM users u WHERE ${where.join(' AND ')}
        ORDER BY lower(u.display_name), u.id
        LIMIT $${params.length}`,
      params,
    );
    const [{ total }] = await this.db.query<{ total: string }[]>(`SELECT count(*) AS total FROM users u WHERE ${filtered.join(' AND ')}`, filterParams);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(fromRow),
      nextCursor: rows.length > limit && last ? encodeCursor([last.display_name.toLowerCase(), last.id]) : null,
      total: Number(total),
    };
  }

  async create(actor: AuthUser, dto: CreateUserDto): Promise<CreatedUserView> {
    if (dto.role === 'STUDENT' && !dto.profile) throw invalid([{ field: 'profile', message: 'profile is required for a STUDENT (applicantType, target, graduationYear)' }]);
    if (dto.role !== 'STUDENT' && dto.profile) throw invalid([{ field: 'profile', message: 'profile is only for a STUDENT' }]);
    if (dto.password !== undefined) assertStrongPassword(dto.password, 'password', [dto.email, dto.displayName]);
    const oneTimePassword = dto.password === undefined ? generateOneTimePassword() : undefined;
    const passwordHash = await this.passwords.hash(dto.password ?? (oneTimePassword as string));
    try {
      // A student's first recommendation is settled in here: its events go out after commit.
      return await this.writes.transaction(async (tx) => {
        if (await tx.getRepository(User).exists({ where: { email: dto.email } })) throw emailInUse();
        const users = tx.getRepository(User);
        const saved = await users.save(users.create({ institutionId: actor.institutionId, email: dto.email, displayName: dto.displayName, role: dto.role, passwordHash, active: true, mustChangePassword: oneTimePassword !== undefined, oneTimePasswordUsedAt: null }));
        if (dto.profile) {
          const { cohortId, ...fields } = dto.profile;
          if (cohortId && !(await tx.getRepository(Cohort).exists({ where: { id: cohortId, institutionId: actor.institutionId } }))) {
            throw invalid([{ field: 'profile.cohortId', message: 'cohortId must name a cohort of your institution' }]);
          }
          await this.profiles.create(tx, actor, saved.id, cohortId ?? null, fields);
        }
        await this.audit.record(tx, actor, { action: 'user.created', entity: 'user', entityId: saved.id, studentId: dto.role === 'STUDENT' ? saved.id : null });
        return { ...toUserView(saved), ...(oneTimePassword ? { oneTimePassword } : {}) };
      });
    } catch (error) {
      // Two admins creating the same address at once: the unique index decides.
      if (isUniqueViolation(error)) throw emailInUse();
      throw error;
    }
  }

  async update(actor: AuthUser, userId: string, dto: UpdateUserDto): Promise<UserView> {
    const { version, password, ...fields } = dto;
    if (password !== undefined) {
      const target = await this.db.getRepository(User).findOne({ where: { id: userId, institutionId: actor.institutionId } });
      assertStrongPassword(password, 'password', target ? [target.email, target.displayName] : []);
    }
    const passwordHash = password !== undefined ? await this.passwords.hash(password) : undefined;
    return this.db.transaction(async (tx) => {
      const key = { id: userId, institutionId: actor.institutionId };
      const current = await tx.getRepository(User).findOne({ where: key, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundException({ message: 'User not found.' });
      this.assertAllowed(actor, current, fields);
      // A password an admin sets is one-time too: it signs in once, to set the user's own.
      const patch: Partial<User> = { ...fields, ...(passwordHash ? { passwordHash, mustChangePassword: true, oneTimePasswordUsedAt: null } : {}) };
      const updated = await updateVersioned(tx, User, key, version, patch, toUserView);

      const actions: AuditAction[] = [];
      if (fields.active === false && current.active) actions.push('user.deactivated');
      if (fields.active === true && !current.active) actions.push('user.reactivated');
      if (fields.role !== undefined && fields.role !== current.role) actions.push('user.role_changed');
      if (passwordHash) actions.push('user.password_reset');
      if (fields.displayName !== undefined && fields.displayName !== current.displayName) actions.push('user.renamed');
      const endsSessions = actions.find((a) => a === 'user.deactivated' || a === 'user.role_changed' || a === 'user.password_reset');
      if (endsSessions) await this.auth.revokeAllSessions(tx, userId, endsSessions.slice('user.'.length));
      for (const action of actions.length ? actions : (['user.updated'] as const)) {
        await this.audit.record(tx, actor, { action, entity: 'user', entityId: userId, studentId: current.role === 'STUDENT' ? userId : null });
      }
      return toUserView(updated);
    });
  }

  /** Deactivates a user of the institution and ends their sessions in the same transaction. */
  async deactivate(institutionId: string, userId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const result = await tx.getRepository(User).update({ id: userId, institutionId }, { active: false });
      if (!result.affected) throw new NotFoundException({ message: 'User not found.' });
      await this.auth.revokeAllSessions(tx, userId, 'deactivated');
    });
  }

  /** Rules that keep the institution administrable and the records consistent. */
  private assertAllowed(actor: AuthUser, current: User, change: { role?: Role; active?: boolean }): void {
    const errors: FieldError[] = [];
    const roleChanges = change.role !== undefined && change.role !== current.role;
    if (current.id === actor.id && change.active === false) errors.push({ field: 'active', message: 'you cannot deactivate your own account' });
    if (current.id === actor.id && roleChanges) errors.push({ field: 'role', message: 'you cannot change your own role' });
    else if (roleChanges && current.role === 'STUDENT') errors.push({ field: 'role', message: 'a student keeps the STUDENT role: their education record stays with the account' });
    else if (roleChanges && change.role === 'STUDENT') errors.push({ field: 'role', message: 'a student account is created with its profile (POST /api/admin/users); an existing account cannot become a student' });
    if (errors.length) throw invalid(errors);
  }
}
