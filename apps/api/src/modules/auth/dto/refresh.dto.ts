import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LogoutRequest, RefreshRequest } from '@advising/contracts';
import { IsString, Length } from 'class-validator';
import { Optional } from '../../../common/validation/validators';

export class RefreshDto implements RefreshRequest {
  @ApiProperty()
  @IsString()
  @Length(20, 200)
  refreshToken!: string;
}

export class LogoutDto implements LogoutRequest {
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @Length(20, 200)
  refreshToken?: string;
}
