import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  studentId?: string | null;
  entity?: string | null;
  entityId?: string | null;
}

/** Writes the audit trail: every write (in the writer's transaction) and every read of a student's record by someone else. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(manager: EntityManager, actor: Pick<AuthUser, 'id' | 'institutionId'>, entry: AuditEntry): Promise<void> {
    await manager.getRepository(AuditEvent).insert({
      institutionId: actor.institutionId,
      actorId: actor.id,
      action: entry.action,
      studentId: entry.studentId ?? null,
      entity: entry.entity ?? null,
      entityId: entry.entityId ?? null,
    });
  }

  /** A read of a student's record: audited unless the reader is the student. */
  async recordRead(actor: AuthUser, studentId: string, action: string): Promise<void> {
    if (actor.id === studentId) return;
    await this.record(this.db.manager, actor, { action, studentId, entity: 'student', entityId: studentId });
  }
}
