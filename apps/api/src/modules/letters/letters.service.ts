import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ERROR_CODES, LETTER_TRANSITIONS, type FieldError, type LetterView, type MentorLetterRequestView, type PersonRef, type Role } from '@advising/contracts';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { conflict, deleteVersioned, updateVersioned } from '../../common/persistence/versioned';
import { AuditEvent } from '../audit/audit-event.entity';
import { peopleById } from '../recommendations/recommendations.service';
import { StudentWritesService, type StudentWork } from '../recommendations/student-writes.service';
import { StudentProfile } from '../students/student-profile.entity';
import { User } from '../users/user.entity';
import type { CreateLetterDto, LetterTransitionDto, UpdateLetterDto } from './dto/letter.dto';
import { LetterRequest } from './letter-request.entity';
import { toLetterView, toMentorLetterRequestView } from './letter.mappers';

type EditableField = Exclude<keyof UpdateLetterDto, 'version' | 'status'>;

/** Which fields of a letter request each role may change (status moves only through transitions). */
const EDITABLE: Record<Role, readonly EditableField[]> = {
  STUDENT: ['writerName', 'writerSpecialty', 'writerInUS', 'dueDate'],
  MENTOR: ['dueDate', 'mentorNote'],
  ADVISOR: ['writerName', 'writerSpecialty', 'writerInUS', 'dueDate', 'mentorNote'],
  ADMIN: ['writerName', 'writerSpecialty', 'writerInUS', 'dueDate', 'mentorNote'],
};

const TIMESTAMP_OF = { COMMITTED: 'committedAt', SUBMITTED: 'submittedAt', DECLINED: 'declinedAt' } as const;

const invalid = (errors: FieldError[], message = 'The request has invalid fields.'): BadRequestException =>
  new BadRequestException({ code: ERROR_CODES.VALIDATION_FAILED, message, details: errors });

const utcDay = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * The letter ledger. Students ask a mentor of the institution or an external writer for a letter;
 * the mentor commits with a due date, declines, or marks it submitted. Committed and submitted
 * letters count as secured, so every write recomputes the student's recommendation in the same
 * transaction, then records the audit event.
 */
@Injectable()
export class LettersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly writes: StudentWritesService,
  ) {}

  async create(user: AuthUser, studentId: string, dto: CreateLetterDto): Promise<LetterView> {
    return this.writes.write(user, studentId, async (tx) => {
      let writerName = dto.writerName;
      if (dto.mentorId) {
        const mentor = await tx.getRepository(User).findOneBy({ id: dto.mentorId, institutionId: user.institutionId });
        if (!mentor || mentor.role !== 'MENTOR' || !mentor.active) {
          throw invalid([{ field: 'mentorId', message: 'mentorId must be an active mentor of your institution' }]);
        }
        writerName ??= mentor.displayName;
      } else if (!writerName) {
        throw invalid([{ field: 'writerName', message: 'writerName is required when the writer is not a mentor here (no mentorId)' }]);
      }
      const repo = tx.getRepository(LetterRequest);
      const saved = await repo.save(
        repo.create({
          institutionId: user.institutionId,
          studentId,
          mentorId: dto.mentorId ?? null,
          writerName,
          writerSpecialty: dto.writerSpecialty,
          writerInUS: dto.writerInUS ?? true,
          status: 'REQUESTED',
          dueDate: dto.dueDate ?? null,
          requestedAt: new Date(),
          committedAt: null,
          submittedAt: null,
          declinedAt: null,
          mentorNote: null,
        }),
      );
      return { value: await this.view(tx, user, await repo.findOneByOrFail({ id: saved.id })), change: { action: 'letter.requested', entity: 'letter', entityId: saved.id } };
    });
  }

  async update(user: AuthUser, letterId: string, dto: UpdateLetterDto): Promise<LetterView> {
    const { version, status, ...fields } = dto;
    if (status !== undefined) {
      throw invalid([{ field: 'status', message: 'status changes go through POST /api/letters/:letterId/transitions' }]);
    }
    const patch = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<Pick<LetterRequest, EditableField>>;
    const refused = (Object.keys(patch) as EditableField[]).filter((field) => !EDITABLE[user.role].includes(field));
    if (refused.length) {
      throw new ForbiddenException({
        code: ERROR_CODES.FORBIDDEN,
        message: `Your role may not change ${refused.join(', ')} on a letter request.`,
        details: refused.map((field) => ({ field, message: `${field} cannot be changed by a ${user.role.toLowerCase()}` })),
      });
    }
    return this.writeLetter(user, letterId, async (tx, current) => {
      const view = await this.viewer(tx, user, current);
      if (user.role === 'STUDENT' && current.status !== 'REQUESTED') {
        throw conflict(view(current), `This letter is ${current.status}: you can change a request only while it is REQUESTED.`);
      }
      if (patch.dueDate === null && current.status === 'COMMITTED') {
        throw invalid([{ field: 'dueDate', message: 'dueDate cannot be cleared once the writer has committed' }]);
      }
      const updated = await updateVersioned(tx, LetterRequest, { id: letterId, institutionId: user.institutionId }, version, patch, view);
      return { value: view(updated), change: { action: 'letter.updated', entity: 'letter', entityId: letterId } };
    });
  }

  async transition(user: AuthUser, letterId: string, dto: LetterTransitionDto): Promise<LetterView> {
    return this.writeLetter(user, letterId, async (tx, current) => {
      const view = await this.viewer(tx, user, current);
      if (current.version !== dto.version) throw conflict(view(current));
      const allowed = LETTER_TRANSITIONS[current.status];
      if (dto.to === 'REQUESTED' || !allowed.includes(dto.to)) {
        throw new ConflictException({
          code: ERROR_CODES.CONFLICT,
          message: allowed.length
            ? `A ${current.status} letter can move only to ${allowed.join(' or ')}, not to ${dto.to}.`
            : `A ${current.status} letter is final; it cannot move to ${dto.to}.`,
          current: view(current),
          allowed,
        });
      }
      const dueDate = dto.dueDate ?? current.dueDate;
      if (dto.to === 'COMMITTED' && !dueDate) {
        throw invalid([{ field: 'dueDate', message: 'dueDate is required to commit to a letter' }]);
      }
      const patch: Partial<LetterRequest> = {
        status: dto.to,
        dueDate,
        [TIMESTAMP_OF[dto.to]]: new Date(),
        ...(dto.note !== undefined ? { mentorNote: dto.note } : {}),
      };
      const updated = await updateVersioned(tx, LetterRequest, { id: letterId, institutionId: user.institutionId }, dto.version, patch, view);
      return {
        value: view(updated),
        change: { action: `letter.${dto.to.toLowerCase() as Lowercase<typeof dto.to>}`, entity: 'letter', entityId: letterId },
        events: [{ name: 'letter.transitioned', payload: { institutionId: user.institutionId, studentId: current.studentId, letterId, actorId: user.id, from: current.status, to: dto.to } }],
      };
    });
  }

  async remove(user: AuthUser, letterId: string, version: number): Promise<void> {
    await this.writeLetter(user, letterId, async (tx, current) => {
      const view = await this.viewer(tx, user, current);
      if (user.role === 'STUDENT' && current.status !== 'REQUESTED') {
        throw conflict(view(current), `This letter is ${current.status}: only a request still REQUESTED can be withdrawn.`);
      }
      await deleteVersioned(tx, LetterRequest, { id: letterId, institutionId: user.institutionId }, version, view);
      return { value: undefined, change: { action: user.role === 'STUDENT' ? 'letter.withdrawn' : 'letter.deleted', entity: 'letter', entityId: letterId } };
    });
  }

  /**
   * The mentor's queue: every request addressed to them, overdue first, then by due date, then
   * undated, with submitted and declined ones last. Each student listed gets one audited read,
   * written in a single insert.
   */
  async mine(user: AuthUser): Promise<MentorLetterRequestView[]> {
    const m = this.db.manager;
    const letters = await m.getRepository(LetterRequest).find({ where: { mentorId: user.id, institutionId: user.institutionId } });
    const studentIds = [...new Set(letters.map((l) => l.studentId))];
    const profiles = studentIds.length ? await m.getRepository(StudentProfile).find({ where: { userId: In(studentIds), institutionId: user.institutionId }, select: { userId: true, target: true } }) : [];
    const targets = new Map(profiles.map((p) => [p.userId, p.target]));
    const people = await peopleById(m, [user.id, ...studentIds]);
    const today = utcDay(new Date());
    const views = letters
      .filter((l) => targets.has(l.studentId))
      .map((l) => toMentorLetterRequestView(l, people, targets.get(l.studentId) ?? 'IR', today))
      .sort(mentorQueueOrder);
    if (studentIds.length) {
      await m.getRepository(AuditEvent).insert(
        studentIds.map((studentId) => ({ institutionId: user.institutionId, actorId: user.id, action: 'student.letters.read', studentId, entity: 'student', entityId: studentId })),
      );
    }
    return views;
  }

  /** Active mentors of the caller's institution, by name: whom a student may ask for a letter. */
  async mentors(user: AuthUser): Promise<PersonRef[]> {
    const mentors = await this.db.getRepository(User).find({ where: { institutionId: user.institutionId, role: 'MENTOR', active: true }, select: { id: true, displayName: true } });
    return mentors
      .map((u): PersonRef => ({ id: u.id, displayName: u.displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id));
  }

  private async load(tx: EntityManager, user: AuthUser, letterId: string): Promise<LetterRequest> {
    const letter = await tx.getRepository(LetterRequest).findOneBy({ id: letterId, institutionId: user.institutionId });
    if (!letter) throw new NotFoundException({ message: 'Letter not found.' });
    return letter;
  }

  /** The mapper for this caller: students never see the mentor's private note. */
  private async viewer(tx: EntityManager, user: AuthUser, letter: LetterRequest): Promise<(l: LetterRequest) => LetterView> {
    const people = await peopleById(tx, [letter.studentId, letter.mentorId]);
    return (l) => toLetterView(l, people, { withMentorNote: user.role !== 'STUDENT' });
  }

  private async view(tx: EntityManager, user: AuthUser, letter: LetterRequest): Promise<LetterView> {
    return (await this.viewer(tx, user, letter))(letter);
  }

  /**
   * A write to an existing letter through the student write path: the letter tells whose it is,
   * the student is locked, then the letter is read again under that lock for the change.
   */
  private async writeLetter<T>(user: AuthUser, letterId: string, work: (tx: EntityManager, current: LetterRequest) => Promise<StudentWork<T>>): Promise<T> {
    const { studentId } = await this.load(this.db.manager, user, letterId);
    return this.writes.write(user, studentId, async (tx) => work(tx, await this.load(tx, user, letterId)));
  }
}

const CLOSED = new Set(['SUBMITTED', 'DECLINED']);

/** Open and dated (overdue ones have the earliest dates), then open and undated, then closed. */
function mentorQueueOrder(a: MentorLetterRequestView, b: MentorLetterRequestView): number {
  const rank = (v: MentorLetterRequestView): number => (CLOSED.has(v.status) ? 3 : v.overdue ? 0 : v.dueDate ? 1 : 2);
  const byRank = rank(a) - rank(b);
  if (byRank) return byRank;
  if (rank(a) === 3) return (b.submittedAt ?? b.declinedAt ?? '').localeCompare(a.submittedAt ?? a.declinedAt ?? '');
  if (a.dueDate && b.dueDate && a.dueDate !== b.dueDate) return a.dueDate.localeCompare(b.dueDate);
  return a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id);
}
