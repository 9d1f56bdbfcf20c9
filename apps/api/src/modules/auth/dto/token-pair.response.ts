import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CurrentUser, InstitutionSummary, Role, TokenPair } from '@advising/contracts';
import { ROLES } from '@advising/contracts';

export class TokenPairResponse implements TokenPair {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Seconds until the access token expires' }) expiresIn!: number;
  @ApiProperty() refreshToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiPropertyOptional({ description: 'true after signing in with a one-time password: set a new one (POST /api/auth/password) before anything else' }) passwordChangeRequired?: boolean;
}

export class InstitutionSummaryResponse implements InstitutionSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class CurrentUserResponse implements CurrentUser {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: InstitutionSummaryResponse }) institution!: InstitutionSummaryResponse;
  @ApiPropertyOptional({ description: 'true until the user has set a password of their own' }) passwordChangeRequired?: boolean;
}
