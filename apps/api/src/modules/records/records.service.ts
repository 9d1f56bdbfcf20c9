import { BadRequestException, ForbiddenException, Injectable } from '@nestjs/common';
import { ERROR_CODES, type ExamView, type FieldError, type ResearchView, type RotationView } from '@advising/contracts';
import type { ObjectLiteral } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { deleteVersioned, updateVersioned } from '../../common/persistence/versioned';
import { StudentWritesService } from '../recommendations/student-writes.service';
import type { CreateExamDto, CreateResearchDto, CreateRotationDto, UpdateExamDto, UpdateResearchDto, UpdateRotationDto } from './dto/record.dto';
import { toExamView, toResearchView, toRotationView } from './record.mappers';
import { ExamAttempt, ResearchItem, Rotation } from './student-record.entities';

/** The kinds of record this service writes: each one's actions are in the audit trail's list. */
type RecordKind = 'exam' | 'rotation' | 'research';

const isStaff = (user: AuthUser): boolean => user.role === 'ADMIN' || user.role === 'ADVISOR';

/** Cross-field checks class-validator cannot express per field. */
function checkExam(exam: Partial<ExamAttempt>): FieldError[] {
  const errors: FieldError[] = [];
  if (exam.result === 'SCHEDULED' && exam.score !== null && exam.score !== undefined) errors.push({ field: 'score', message: 'score must be empty for a scheduled exam' });
  return errors;
}
function checkRotation(rotation: Partial<Rotation>): FieldError[] {
  const errors: FieldError[] = [];
  if (rotation.startDate && rotation.endDate && rotation.endDate < rotation.startDate) errors.push({ field: 'endDate', message: 'endDate must not be before startDate' });
  if (rotation.outcome && rotation.status !== 'COMPLETED') errors.push({ field: 'outcome', message: 'outcome can be set only once the rotation is COMPLETED' });
  return errors;
}

function assertValid(errors: FieldError[]): void {
  if (errors.length) throw new BadRequestException({ code: ERROR_CODES.VALIDATION_FAILED, message: 'The request has invalid fields.', details: errors });
}

/**
 * Exams, rotations and research: a student's facts. Every write goes through the student write
 * path (student locked first, then the change, the recomputation and the audit event, in one
 * transaction); a failure leaves none of them.
 */
@Injectable()
export class RecordsService {
  constructor(private readonly writes: StudentWritesService) {}

  createExam(user: AuthUser, studentId: string, dto: CreateExamDto): Promise<ExamView> {
    assertValid(checkExam(dto as Partial<ExamAttempt>));
    return this.create(user, studentId, 'exam', ExamAttempt, { ...dto, score: dto.score ?? null, date: dto.date ?? null }, toExamView);
  }

  updateExam(user: AuthUser, studentId: string, id: string, dto: UpdateExamDto): Promise<ExamView> {
    const { version, ...patch } = dto;
    return this.update(user, studentId, id, 'exam', ExamAttempt, version, patch, toExamView, (merged) => checkExam(merged));
  }

  deleteExam(user: AuthUser, studentId: string, id: string, version: number): Promise<void> {
    return this.remove(user, studentId, id, 'exam', ExamAttempt, version, toExamView);
  }

  createRotation(user: AuthUser, studentId: string, dto: CreateRotationDto): Promise<RotationView> {
    this.assertMayWriteEvaluatorComment(user, dto);
    const row = { inUS: true, startDate: null, endDate: null, outcome: null, evaluatorComment: null, ...dto };
    assertValid(checkRotation(row));
    return this.create(user, studentId, 'rotation', Rotation, row, (r) => toRotationView(r, isStaff(user)));
  }

  updateRotation(user: AuthUser, studentId: string, id: string, dto: UpdateRotationDto): Promise<RotationView> {
    this.assertMayWriteEvaluatorComment(user, dto);
    const { version, ...patch } = dto;
    return this.update(user, studentId, id, 'rotation', Rotation, version, patch, (r) => toRotationView(r, isStaff(user)), (merged) => checkRotation(merged));
  }

  deleteRotation(user: AuthUser, studentId: string, id: string, version: number): Promise<void> {
    return this.remove(user, studentId, id, 'rotation', Rotation, version, (r) => toRotationView(r, isStaff(user)));
  }

  createResearch(user: AuthUser, studentId: string, dto: CreateResearchDto): Promise<ResearchView> {
    return this.create(user, studentId, 'research', ResearchItem, { ...dto, date: dto.date ?? null }, toResearchView);
  }

  updateResearch(user: AuthUser, studentId: string, id: string, dto: UpdateResearchDto): Promise<ResearchView> {
    const { version, ...patch } = dto;
    return this.update(user, studentId, id, 'research', ResearchItem, version, patch, toResearchView, () => []);
  }

  deleteResearch(user: AuthUser, studentId: string, id: string, version: number): Promise<void> {
    return this.remove(user, studentId, id, 'research', ResearchItem, version, toResearchView);
  }

  private assertMayWriteEvaluatorComment(user: AuthUser, dto: { evaluatorComment?: string | null }): void {
    if (dto.evaluatorComment !== undefined && !isStaff(user)) {
      throw new ForbiddenException({ code: ERROR_CODES.FORBIDDEN, message: 'Only advisors record evaluator comments.', details: [{ field: 'evaluatorComment', message: 'only advisors may set this' }] });
    }
  }

  private async create<T extends ObjectLiteral & { id: string }, V>(
    user: AuthUser,
    studentId: string,
    kind: RecordKind,
    target: new () => T,
    values: Record<string, unknown>,
    view: (row: T) => V,
  ): Promise<V> {
    return this.writes.write(user, studentId, async (tx) => {
      const repo = tx.getRepository(target);
      const saved = await repo.save(repo.create({ ...values, institutionId: user.institutionId, studentId } as unknown as T));
      return { value: view(saved), change: { action: `${kind}.created`, entity: kind, entityId: saved.id } };
    });
  }

  private async update<T extends ObjectLiteral & { id: string; version: number }, V>(
    user: AuthUser,
    studentId: string,
    id: string,
    kind: RecordKind,
    target: new () => T,
    version: number,
    patch: Record<string, unknown>,
    view: (row: T) => V,
    check: (merged: T) => FieldError[],
  ): Promise<V> {
    return this.writes.write(user, studentId, async (tx) => {
      const key = { id, studentId, institutionId: user.institutionId } as never;
      const current = await tx.getRepository(target).findOneBy(key);
      if (current) assertValid(check({ ...current, ...patch }));
      const updated = await updateVersioned(tx, target, key, version, patch as never, view);
      return { value: view(updated), change: { action: `${kind}.updated`, entity: kind, entityId: id } };
    });
  }

  private async remove<T extends ObjectLiteral & { id: string; version: number }>(
    user: AuthUser,
    studentId: string,
    id: string,
    kind: RecordKind,
    target: new () => T,
    version: number,
    view: (row: T) => unknown,
  ): Promise<void> {
    await this.writes.write(user, studentId, async (tx) => {
      await deleteVersioned(tx, target, { id, studentId, institutionId: user.institutionId } as never, version, view);
      return { value: undefined, change: { action: `${kind}.deleted`, entity: kind, entityId: id } };
    });
  }
}
