import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CohortRotationView } from '@advising/contracts';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { AuditService } from '../audit/audit.service';
import { peopleById } from '../recommendations/recommendations.service';
import { StudentProfile } from '../students/student-profile.entity';
import { toRotationView } from './record.mappers';
import { Rotation } from './student-record.entities';

/**
 * The rotations of a cohort's students, for the rotation outcome board. The access guard has
 * already checked that the caller reaches the cohort; the query is scoped to the caller's
 * institution too. Evaluators' comments stay on the student page.
 */
@Injectable()
export class CohortRotationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, cohortId: string): Promise<CohortRotationView[]> {
    const rotations = await this.db
      .getRepository(Rotation)
      .createQueryBuilder('ro')
      .innerJoin(StudentProfile, 'sp', 'sp.user_id = ro.student_id AND sp.institution_id = ro.institution_id')
      .where('ro.institution_id = :institutionId', { institutionId: user.institutionId })
      .andWhere('sp.cohort_id = :cohortId', { cohortId })
      .orderBy('ro.startDate', 'ASC', 'NULLS LAST')
      .addOrderBy('ro.siteName', 'ASC')
      .addOrderBy('ro.id', 'ASC')
      .getMany();
    const people = await peopleById(this.db.manager, rotations.map((r) => r.studentId));
    await this.audit.record(this.db.manager, user, { action: 'cohort.rotations.read', entity: 'cohort', entityId: cohortId });
    return rotations.map((r) => ({ ...toRotationView(r, false), student: people.get(r.studentId) ?? { id: r.studentId, displayName: 'Student' } }));
  }
}
