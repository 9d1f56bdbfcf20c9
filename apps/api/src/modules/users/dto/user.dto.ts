import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ROLES, type Role } from '@advising/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsString, IsUUID, MaxLength, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { IntField, Optional, TextField } from '../../../common/validation/validators';
import { ProfileFieldsDto } from '../../students/dto/profile.dto';

export const USER_PAGE_MAX = 500;
const roleMessage = { message: `role must be one of: ${ROLES.join(', ')}` };
const passwordLength = `password must be ${PASSWORD_MIN_LENGTH}-${PASSWORD_MAX_LENGTH} characters`;

/** `true`/`false` from a query string; anything else stays as given and fails IsBoolean. */
const QueryBoolean = (): PropertyDecorator => Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));

export class ListUsersQueryDto {
  @ApiPropertyOptional({ enum: ROLES }) @Optional() @IsIn(ROLES, roleMessage) role?: Role;
  @ApiPropertyOptional({ type: Boolean }) @Optional() @QueryBoolean() @IsBoolean({ message: 'active must be true or false' }) active?: boolean;
  @ApiPropertyOptional({ description: 'Matches name or e-mail (case-insensitive, part of either)' }) @Optional() @TextField({ max: 200 }) q?: string;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @Optional() @TextField({ max: 1000, trim: false }) cursor?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: USER_PAGE_MAX, default: 50 })
  @Optional()
  @IntField({ min: 1, max: USER_PAGE_MAX, query: true })
  limit?: number;
}

/** A new student's profile; the cohort, when given, must be one of the institution's. */
export class NewStudentProfileDto extends ProfileFieldsDto {
  @ApiPropertyOptional({ type: 'string', nullable: true, format: 'uuid' }) @ValidateIf((_, v: unknown) => v !== undefined && v !== null) @IsUUID('all', { message: 'cohortId must be a UUID' }) cohortId?: string | null;
}

export class CreateUserDto {
  @ApiProperty({ example: 'j.doe@demo-med.edu', description: 'Unique across the deployment; stored lower-cased' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email!: string;

  @ApiProperty({ example: 'Dr. Jane Doe' })
  @TextField({ min: 1, max: 200 })
  displayName!: string;

  @ApiProperty({ enum: ROLES }) @IsIn(ROLES, roleMessage) role!: Role;

  @ApiPropertyOptional({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Leave out to have a one-time password generated and returned once as `oneTimePassword`',
  })
  @Optional()
  @IsString({ message: 'password must be text' })
  @MinLength(PASSWORD_MIN_LENGTH, { message: passwordLength })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: passwordLength })
  password?: string;

  @ApiPropertyOptional({ type: NewStudentProfileDto, description: 'Required for a STUDENT, refused for any other role' })
  @Optional()
  @ValidateNested()
  @Type(() => NewStudentProfileDto)
  profile?: NewStudentProfileDto;
}

export class UpdateUserDto {
  @ApiProperty({ description: 'The version you last saw; a stale one answers 409' }) @IntField({ min: 1 }) version!: number;
  @ApiPropertyOptional({ enum: ROLES, description: 'Ends all the user\'s sessions' }) @Optional() @IsIn(ROLES, roleMessage) role?: Role;
  @ApiPropertyOptional() @Optional() @TextField({ min: 1, max: 200 }) displayName?: string;
  @ApiPropertyOptional({ description: 'false deactivates the account and ends all its sessions' }) @Optional() @IsBoolean({ message: 'active must be true or false' }) active?: boolean;
  @ApiPropertyOptional({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: 'Sets a new password and ends all the user\'s sessions' })
  @Optional()
  @IsString({ message: 'password must be text' })
  @MinLength(PASSWORD_MIN_LENGTH, { message: passwordLength })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: passwordLength })
  password?: string;
}
