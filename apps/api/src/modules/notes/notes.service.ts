import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NoteView } from '@advising/contracts';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { AuditService } from '../audit/audit.service';
import { peopleById } from '../recommendations/recommendations.service';
import { AdvisorNote } from './advisor-note.entity';
import type { CreateNoteDto } from './dto/note.dto';
import { toNoteView } from './note.mappers';

/** Advisors' notes on a student: written and read by advisors and admins only, every access audited. */
@Injectable()
export class NotesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, studentId: string): Promise<NoteView[]> {
    const notes = await this.db.getRepository(AdvisorNote).find({ where: { studentId, institutionId: user.institutionId }, order: { createdAt: 'DESC', id: 'DESC' } });
    const people = await peopleById(this.db.manager, notes.map((n) => n.authorId));
    await this.audit.recordRead(user, studentId, 'student.notes.read');
    return notes.map((n) => toNoteView(n, people));
  }

  async create(user: AuthUser, studentId: string, dto: CreateNoteDto): Promise<NoteView> {
    return this.db.transaction(async (tx) => {
      const repo = tx.getRepository(AdvisorNote);
      const saved = await repo.save(repo.create({ institutionId: user.institutionId, studentId, authorId: user.id, body: dto.body }));
      await this.audit.record(tx, user, { action: 'note.created', studentId, entity: 'note', entityId: saved.id });
      const row = await repo.findOneByOrFail({ id: saved.id });
      return toNoteView(row, await peopleById(tx, [user.id]));
    });
  }
}
