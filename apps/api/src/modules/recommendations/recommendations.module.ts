import { Module } from '@nestjs/common';
import { RecommendationsController } from './recommendations.controller';
import { RecommendationsService } from './recommendations.service';
import { RecomputeService } from './recompute.service';

@Module({ controllers: [RecommendationsController], providers: [RecomputeService, RecommendationsService], exports: [RecomputeService, RecommendationsService] })
export class RecommendationsModule {}
