import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { AuditService } from '../audit/audit.service';
import { RecomputeService } from '../recommendations/recompute.service';
import type { ProfileFieldsDto } from './dto/profile.dto';
import { StudentProfile } from './student-profile.entity';

/** Creates a student's profile and its first recommendation, inside the caller's transaction. */
@Injectable()
export class StudentProfilesService {
  constructor(
    private readonly recompute: RecomputeService,
    private readonly audit: AuditService,
  ) {}

  async create(
    tx: EntityManager,
    actor: Pick<AuthUser, 'id' | 'institutionId'>,
    studentId: string,
    cohortId: string | null,
    fields: ProfileFieldsDto,
    trigger = 'profile.created',
  ): Promise<StudentProfile> {
    const profile = await tx.getRepository(StudentProfile).save(
      tx.getRepository(StudentProfile).create({
        userId: studentId,
        institutionId: actor.institutionId,
        cohortId,
        applicantType: fields.applicantType,
        target: fields.target,
        graduationYear: fields.graduationYear,
        applicationYear: fields.applicationYear ?? null,
        needsVisa: fields.needsVisa ?? fields.applicantType === 'NON_US_IMG',
        homeProgramHasIR: fields.homeProgramHasIR ?? false,
        previousApplications: fields.previousApplications ?? 0,
      }),
    );
    await this.recompute.recompute(tx, { institutionId: actor.institutionId, studentId, trigger, actorId: actor.id });
    await this.audit.record(tx, actor, { action: trigger, studentId, entity: 'profile', entityId: studentId });
    return profile;
  }
}
