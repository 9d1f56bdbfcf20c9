import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StudentDetail, StudentProfileView } from '@advising/contracts';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth-user';
import { updateVersioned } from '../../common/persistence/versioned';
import { AttentionService } from '../attention/attention.service';
import { AuditService } from '../audit/audit.service';
import { toLetterView } from '../letters/letter.mappers';
import { AdvisorNote } from '../notes/advisor-note.entity';
import { toNoteView } from '../notes/note.mappers';
import { peopleById, RecommendationsService } from '../recommendations/recommendations.service';
import { RecomputeService } from '../recommendations/recompute.service';
import { StudentWritesService } from '../recommendations/student-writes.service';
import { toOverrideView } from '../recommendations/recommendation.mappers';
import { toExamView, toResearchView, toRotationView } from '../records/record.mappers';
import { User } from '../users/user.entity';
import { Cohort } from '../cohorts/cohort.entity';
import type { UpdateProfileDto } from './dto/profile.dto';
import { StudentProfile } from './student-profile.entity';
import { toProfileView } from './student.mappers';

@Injectable()
export class StudentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly recompute: RecomputeService,
    private readonly recommendations: RecommendationsService,
    private readonly audit: AuditService,
    private readonly writes: StudentWritesService,
    private readonly attention: AttentionService,
  ) {}

  /**
   * A student's record as the viewer may see it. Staff see everything; the student sees their own
   * record without evaluator comments, mentors' notes or advisor notes; a mentor sees the identity,
   * the target and the letter requests addressed to them.
   */
  async get(viewer: AuthUser, studentId: string): Promise<StudentDetail> {
    const m = this.db.manager;
    const user = await m.getRepository(User).findOneBy({ id: studentId, institutionId: viewer.institutionId });
    if (!user) throw new NotFoundException({ message: 'Student not found.' });
    const facts = await this.recompute.loadFacts(m, viewer.institutionId, studentId);
    const cohort = facts.profile.cohortId ? await m.getRepository(Cohort).findOneBy({ id: facts.profile.cohortId }) : null;
    const staff = viewer.role === 'ADMIN' || viewer.role === 'ADVISOR';
    const letters = viewer.role === 'MENTOR' ? facts.letters.filter((l) => l.mentorId === viewer.id) : facts.letters;
    const people = await peopleById(m, [studentId, ...letters.map((l) => l.mentorId)]);
    const base: StudentDetail = {
      id: user.id,
      displayName: user.displayName,
      // A mentor sees who asked and for what (name and target), not how to reach the student.
      email: viewer.role === 'MENTOR' ? null : user.email,
      target: facts.profile.target,
      cohort: cohort ? { id: cohort.id, name: cohort.name, matchYear: cohort.matchYear } : null,
      profile: viewer.role === 'MENTOR' ? null : toProfileView(facts.profile),
      letters: letters.map((l) => toLetterView(l, people, { withMentorNote: staff || viewer.role === 'MENTOR' })),
    };
    await this.audit.recordRead(viewer, studentId, 'student.read');
    if (viewer.role === 'MENTOR') return { ...base, cohort: null };
    const latest = await this.recompute.latest(m, studentId);
    const override = await this.recommendations.activeOverride(m, viewer.institutionId, studentId);
    const overridePeople = override ? await peopleById(m, [override.advisorId]) : new Map();
    const notes = staff ? await m.getRepository(AdvisorNote).find({ where: { studentId, institutionId: viewer.institutionId }, order: { createdAt: 'DESC' } }) : [];
    const notePeople = staff ? await peopleById(m, notes.map((n) => n.authorId)) : new Map();
    return {
      ...base,
      exams: facts.exams.map(toExamView),
      rotations: facts.rotations.map((r) => toRotationView(r, staff)),
      research: facts.research.map(toResearchView),
      recommendation: latest?.recommendation ?? null,
      // With an advisor's pathway in force, the whole plan for it (and its difference from the rules' own), as of today.
      override: override && override.pathway
        ? { ...toOverrideView(override, override.advisorId ? (overridePeople.get(override.advisorId) ?? null) : null), ...(await this.recommendations.overridePlan(m, viewer.institutionId, studentId, override.pathway)) }
        : null,
      ...(staff ? { notes: notes.map((n) => toNoteView(n, notePeople)), acknowledgement: await this.attention.latest(viewer, studentId) } : {}),
    };
  }

  async updateProfile(user: AuthUser, studentId: string, dto: UpdateProfileDto): Promise<StudentProfileView> {
    return this.writes.write(user, studentId, async (tx) => {
      const { version, ...fields } = dto;
      const updated = await updateVersioned(
        tx,
        StudentProfile,
        { userId: studentId, institutionId: user.institutionId },
        version,
        { ...fields, applicationYear: fields.applicationYear ?? null, needsVisa: fields.needsVisa ?? fields.applicantType === 'NON_US_IMG', homeProgramHasIR: fields.homeProgramHasIR ?? false, previousApplications: fields.previousApplications ?? 0 },
        toProfileView,
      );
      return { value: toProfileView(updated), change: { action: 'profile.updated', entity: 'profile', entityId: studentId } };
    });
  }
}
