import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LogoutRequest, RefreshRequest } from '@advising/contracts';
import { IsOptional, IsString, Length } from 'class-validator';

export class RefreshDto implements RefreshRequest {
  @ApiProperty()
  @IsString()
  @Length(20, 200)
  refreshToken!: string;
}

export class LogoutDto implements LogoutRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(20, 200)
  refreshToken?: string;
}
