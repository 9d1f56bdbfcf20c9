import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ROLES, type Role } from '@advising/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { Trim } from '../../../common/validation/validators';
import { ProfileFieldsDto } from '../../students/dto/profile.dto';

export const USER_PAGE_MAX = 500;
const roleMessage = { message: `role must be one of: ${ROLES.join(', ')}` };
const passwordLength = `password must be ${PASSWORD_MIN_LENGTH}-${PASSWORD_MAX_LENGTH} characters`;

/** `true`/`false` from a query string; anything else stays as given and fails IsBoolean. */
const QueryBoolean = (): PropertyDecorator => Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));

export class ListUsersQueryDto {
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES, roleMessage) role?: Role;
  @ApiPropertyOptional({ type: Boolean }) @IsOptional() @QueryBoolean() @IsBoolean({ message: 'active must be true or false' }) active?: boolean;
  @ApiPropertyOptional({ description: 'Matches name or e-mail (case-insensitive, part of either)' }) @IsOptional() @Trim() @IsString() @MaxLength(200, { message: 'q must be at most 200 characters' }) q?: string;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @IsOptional() @IsString() @MaxLength(1000, { message: 'cursor is not valid' }) cursor?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: USER_PAGE_MAX, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: `limit must be between 1 and ${USER_PAGE_MAX}` })
  @Max(USER_PAGE_MAX, { message: `limit must be between 1 and ${USER_PAGE_MAX}` })
  limit?: number;
}

/** A new student's profile; the cohort, when given, must be one of the institution's. */
export class NewStudentProfileDto extends ProfileFieldsDto {
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) @ValidateIf((_, v: unknown) => v !== undefined && v !== null) @IsUUID('all', { message: 'cohortId must be a UUID' }) cohortId?: string | null;
}

export class CreateUserDto {
  @ApiProperty({ example: 'j.doe@demo-med.edu', description: 'Unique across the deployment; stored lower-cased' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email!: string;

  @ApiProperty({ example: 'Dr. Jane Doe' })
  @Trim()
  @IsString({ message: 'displayName must be text' })
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(200, { message: 'displayName must be at most 200 characters' })
  displayName!: string;

  @ApiProperty({ enum: ROLES }) @IsIn(ROLES, roleMessage) role!: Role;

  @ApiPropertyOptional({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Leave out to have a one-time password generated and returned once as `oneTimePassword`',
  })
  @IsOptional()
  @IsString({ message: 'password must be text' })
  @MinLength(PASSWORD_MIN_LENGTH, { message: passwordLength })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: passwordLength })
  password?: string;

  @ApiPropertyOptional({ type: NewStudentProfileDto, description: 'Required for a STUDENT, refused for any other role' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewStudentProfileDto)
  profile?: NewStudentProfileDto;
}

export class UpdateUserDto {
  @ApiProperty({ description: 'The version you last saw; a stale one answers 409' }) @IsInt({ message: 'version must be a whole number' }) @Min(1, { message: 'version must be 1 or more' }) version!: number;
  @ApiPropertyOptional({ enum: ROLES, description: 'Ends all the user\'s sessions' }) @IsOptional() @IsIn(ROLES, roleMessage) role?: Role;
  @ApiPropertyOptional() @IsOptional() @Trim() @IsString({ message: 'displayName must be text' }) @MinLength(1, { message: 'displayName must not be empty' }) @MaxLength(200, { message: 'displayName must be at most 200 characters' }) displayName?: string;
  @ApiPropertyOptional({ description: 'false deactivates the account and ends all its sessions' }) @IsOptional() @IsBoolean({ message: 'active must be true or false' }) active?: boolean;
  @ApiPropertyOptional({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: 'Sets a new password and ends all the user\'s sessions' })
  @IsOptional()
  @IsString({ message: 'password must be text' })
  @MinLength(PASSWORD_MIN_LENGTH, { message: passwordLength })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: passwordLength })
  password?: string;
}
