import { ApiProperty } from '@nestjs/swagger';
import type { CurrentUser, InstitutionSummary, Role, TokenPair } from '@advising/contracts';
import { ROLES } from '@advising/contracts';

export class TokenPairResponse implements TokenPair {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn!: number;
  @ApiProperty() refreshToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
}

export class InstitutionSummaryResponse implements InstitutionSummary {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

export class CurrentUserResponse implements CurrentUser {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: InstitutionSummaryResponse }) institution!: InstitutionSummaryResponse;
}
