import { AuthFailure } from '../modules/auth/auth-failure.entity';
import { AuthSession } from '../modules/auth/auth-session.entity';
import { RefreshToken } from '../modules/auth/refresh-token.entity';
import { Cohort } from '../modules/cohorts/cohort.entity';
import { Institution } from '../modules/institutions/institution.entity';
import { StudentProfile } from '../modules/students/student-profile.entity';
import { User } from '../modules/users/user.entity';

export const ENTITIES = [Institution, User, Cohort, StudentProfile, AuthSession, RefreshToken, AuthFailure];
