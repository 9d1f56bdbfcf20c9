import { Module } from '@nestjs/common';
import { RecommendationsController } from './recommendations.controller';
import { RecommendationsService } from './recommendations.service';
import { BulkRecomputeService } from './bulk-recompute.service';
import { RecomputeService } from './recompute.service';
import { StudentWritesService } from './student-writes.service';

@Module({ controllers: [RecommendationsController], providers: [RecomputeService, RecommendationsService, StudentWritesService, BulkRecomputeService], exports: [RecomputeService, RecommendationsService, StudentWritesService, BulkRecomputeService] })
export class RecommendationsModule {}
