import type { StudentProfileView } from '@advising/contracts';
import type { StudentProfile } from './student-profile.entity';

export const toProfileView = (p: StudentProfile): StudentProfileView => ({
  applicantType: p.applicantType,
  target: p.target,
  graduationYear: p.graduationYear,
  applicationYear: p.applicationYear,
  needsVisa: p.needsVisa,
  homeProgramHasIR: p.homeProgramHasIR,
  previousApplications: p.previousApplications,
  version: p.version,
});
