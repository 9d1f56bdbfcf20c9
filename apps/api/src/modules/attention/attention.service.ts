import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ERROR_CODES, type AttentionAcknowledgementView } from '@advising/contracts';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { AuditService } from '../audit/audit.service';
import { addDaysIso, todayUtc } from '../../common/dates';
import { attentionItems, isAcknowledged } from '../cohorts/attention';
import { studentRowsSql, SqlParams, type StudentRow } from '../cohorts/student-rows.sql';
import { peopleById } from '../recommendations/recommendations.service';
import { AttentionAcknowledgement } from './attention-acknowledgement.entity';
import type { AcknowledgeAttentionDto } from './dto/acknowledge.dto';

const invalid = (field: string, message: string): BadRequestException =>
  new BadRequestException({ code: ERROR_CODES.VALIDATION_FAILED, message: 'The request has invalid fields.', details: [{ field, message }] });

/**
 * Closing the loop on the needs-attention list: an advisor acknowledges a student's items with a
 * note and a follow-up date; the student leaves the list until that date or until something new
 * happens. Every acknowledgement is audited and shown on the student's page.
 */
@Injectable()
export class AttentionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async acknowledge(user: AuthUser, studentId: string, dto: AcknowledgeAttentionDto): Promise<AttentionAcknowledgementView> {
    const today = todayUtc();
    if (dto.followUpOn <= today) throw invalid('followUpOn', 'followUpOn must be after today');
    if (dto.followUpOn > addDaysIso(today, 366)) throw invalid('followUpOn', 'followUpOn must be within a year');
    const row = await this.row(user, studentId);
    const items = row ? attentionItems(row, today) : [];
    if (items.length === 0) throw invalid('studentId', 'this student has nothing that needs attention now');
    const saved = await this.db.transaction(async (tx) => {
      const ack = await tx.getRepository(AttentionAcknowledgement).save(
        tx.getRepository(AttentionAcknowledgement).create({ institutionId: user.institutionId, studentId, advisorId: user.id, note: dto.note, followUpOn: dto.followUpOn, items }),
      );
      await this.audit.record(tx, user, { action: 'attention.acknowledged', studentId, entity: 'attention', entityId: ack.id });
      return ack;
    });
    return this.view(saved, true);
  }

  /** The student's latest acknowledgement, and whether it still keeps them off the list. */
  async latest(user: AuthUser, studentId: string): Promise<AttentionAcknowledgementView | null> {
    const ack = await this.db.getRepository(AttentionAcknowledgement).findOne({ where: { studentId, institutionId: user.institutionId }, order: { createdAt: 'DESC', id: 'DESC' } });
    if (!ack) return null;
    const row = await this.row(user, studentId);
    const today = todayUtc();
    const active = row ? isAcknowledged(row, attentionItems(row, today), today) : false;
    return this.view(ack, active);
  }

  private async row(user: AuthUser, studentId: string): Promise<StudentRow | undefined> {
    const params = new SqlParams(user.id, user.institutionId);
    const rows = await this.db.query<StudentRow[]>(studentRowsSql(`sp.institution_id = $2 AND sp.user_id = ${params.add(studentId)} AND $1::uuid IS NOT NULL`), params.values);
    return rows[0];
  }

  private async view(ack: AttentionAcknowledgement, active: boolean): Promise<AttentionAcknowledgementView> {
    const people = await peopleById(this.db.manager, [ack.advisorId]);
    return {
      id: ack.id,
      advisor: ack.advisorId ? (people.get(ack.advisorId) ?? null) : null,
      note: ack.note,
      followUpOn: ack.followUpOn,
      items: ack.items,
      createdAt: ack.createdAt.toISOString(),
      active,
    };
  }
}
