import type { ApplicantProfile } from '@advising/strategy-rules';
import type { LetterRequest } from '../letters/letter-request.entity';
import type { ExamAttempt, ResearchItem, Rotation } from '../records/student-record.entities';
import type { StudentProfile } from '../students/student-profile.entity';

export interface StudentFacts {
  profile: StudentProfile;
  exams: ExamAttempt[];
  rotations: Rotation[];
  research: ResearchItem[];
  letters: LetterRequest[];
}

/** The rules engine's view of a student, built from the stored facts. */
export function toApplicantProfile(facts: StudentFacts): ApplicantProfile {
  const { profile } = facts;
  return {
    applicantType: profile.applicantType,
    target: profile.target,
    graduationYear: profile.graduationYear,
    ...(profile.applicationYear !== null ? { applicationYear: profile.applicationYear } : {}),
    needsVisa: profile.needsVisa,
    homeProgramHasIR: profile.homeProgramHasIR,
    previousApplications: profile.previousApplications,
    exams: facts.exams.map((e) => ({ exam: e.exam, result: e.result, ...(e.score !== null ? { score: e.score } : {}), ...(e.date ? { date: e.date } : {}) })),
    rotations: facts.rotations.map((r) => ({ specialty: r.specialty, setting: r.setting, inUS: r.inUS, weeks: r.weeks, status: r.status, ...(r.outcome ? { outcome: r.outcome } : {}) })),
    research: facts.research.map((r) => ({ field: r.field, kind: r.kind, status: r.status })),
    letters: facts.letters.map((l) => ({ writerSpecialty: l.writerSpecialty, writerInUS: l.writerInUS, status: l.status })),
  };
}
