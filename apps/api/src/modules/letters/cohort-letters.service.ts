import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LetterView } from '@advising/contracts';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { AuditService } from '../audit/audit.service';
import { peopleById } from '../recommendations/recommendations.service';
import { StudentProfile } from '../students/student-profile.entity';
import { LetterRequest } from './letter-request.entity';
import { toLetterView } from './letter.mappers';

/**
 * The letters of a cohort's students, for the advisor's letter board. The access guard has already
 * checked that the caller reaches the cohort; the query is scoped to the caller's institution too.
 * Mentors' private notes stay out: the board shows status, writer and due date only.
 */
@Injectable()
export class CohortLettersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, cohortId: string): Promise<LetterView[]> {
    const letters = await this.db
      .getRepository(LetterRequest)
      .createQueryBuilder('lr')
      .innerJoin(StudentProfile, 'sp', 'sp.user_id = lr.student_id AND sp.institution_id = lr.institution_id')
      .where('lr.institution_id = :institutionId', { institutionId: user.institutionId })
      .andWhere('sp.cohort_id = :cohortId', { cohortId })
      .orderBy('lr.dueDate', 'ASC', 'NULLS LAST')
      .addOrderBy('lr.requestedAt', 'ASC')
      .addOrderBy('lr.id', 'ASC')
      .getMany();
    const people = await peopleById(this.db.manager, letters.flatMap((l) => [l.studentId, l.mentorId]));
    await this.audit.record(this.db.manager, user, { action: 'cohort.letters.read', entity: 'cohort', entityId: cohortId });
    return letters.map((l) => toLetterView(l, people, { withMentorNote: false }));
  }
}
