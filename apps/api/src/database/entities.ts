import { AuditEvent } from '../modules/audit/audit-event.entity';
import { AuthFailure } from '../modules/auth/auth-failure.entity';
import { AuthSession } from '../modules/auth/auth-session.entity';
import { RefreshToken } from '../modules/auth/refresh-token.entity';
import { Cohort } from '../modules/cohorts/cohort.entity';
import { LetterRequest } from '../modules/letters/letter-request.entity';
import { AdvisorNote } from '../modules/notes/advisor-note.entity';
import { AdvisorOverride, RecommendationSnapshot } from '../modules/recommendations/recommendation-snapshot.entity';
import { ExamAttempt, ResearchItem, Rotation } from '../modules/records/student-record.entities';
import { Institution } from '../modules/institutions/institution.entity';
import { BulkJob } from '../modules/jobs/bulk-job.entity';
import { AttentionAcknowledgement } from '../modules/attention/attention-acknowledgement.entity';
import { StudentProfile } from '../modules/students/student-profile.entity';
import { User } from '../modules/users/user.entity';

export const ENTITIES = [
  Institution,
  User,
  Cohort,
  StudentProfile,
  AuthSession,
  RefreshToken,
  AuthFailure,
  ExamAttempt,
  Rotation,
  ResearchItem,
  LetterRequest,
  RecommendationSnapshot,
  AdvisorOverride,
  AdvisorNote,
  AuditEvent,
  BulkJob,
  AttentionAcknowledgement,
];
