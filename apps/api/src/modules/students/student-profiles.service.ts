import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { StudentWritesService } from '../recommendations/student-writes.service';
import type { ProfileFieldsDto } from './dto/profile.dto';
import { StudentProfile } from './student-profile.entity';

/** Creates a student's profile inside the caller's transaction. */
@Injectable()
export class StudentProfilesService {
  constructor(private readonly writes: StudentWritesService) {}

  /** Inserts the profile only: the caller settles the student once all of its facts are written. */
  async insert(tx: EntityManager, actor: Pick<AuthUser, 'institutionId'>, studentId: string, cohortId: string | null, fields: ProfileFieldsDto): Promise<StudentProfile> {
    return tx.getRepository(StudentProfile).save(
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
  }

  /** A new student's profile and first recommendation. */
  async create(tx: EntityManager, actor: Pick<AuthUser, 'id' | 'institutionId'>, studentId: string, cohortId: string | null, fields: ProfileFieldsDto): Promise<StudentProfile> {
    const profile = await this.insert(tx, actor, studentId, cohortId, fields);
    await this.writes.settle(tx, actor, studentId, { action: 'profile.created', entity: 'profile', entityId: studentId });
    return profile;
  }
}
