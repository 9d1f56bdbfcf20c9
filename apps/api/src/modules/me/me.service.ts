import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StudentRecordExport } from '@advising/contracts';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { AuditService } from '../audit/audit.service';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { StudentsService } from '../students/students.service';

export interface RecordDownload {
  filename: string;
  body: StudentRecordExport;
}

/** The signed-in student's own things. */
@Injectable()
export class MeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly students: StudentsService,
    private readonly recommendations: RecommendationsService,
    private readonly audit: AuditService,
  ) {}

  /** The student's whole record as they may see it, with their recommendation history, for download. */
  async record(user: AuthUser): Promise<RecordDownload> {
    const exportedAt = new Date();
    const student = await this.students.get(user, user.id);
    const history = await this.recommendations.timeline(user, user.id);
    await this.audit.record(this.db.manager, user, { action: 'student.record.exported', studentId: user.id, entity: 'student', entityId: user.id });
    return { filename: `my-record-${exportedAt.toISOString().slice(0, 10)}.json`, body: { exportedAt: exportedAt.toISOString(), student, history } };
  }
}
