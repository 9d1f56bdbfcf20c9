import { Module } from '@nestjs/common';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { CohortRotationsController } from './cohort-rotations.controller';
import { CohortRotationsService } from './cohort-rotations.service';
import { RecordsController } from './records.controller';
import { RecordsService } from './records.service';

@Module({ imports: [RecommendationsModule], controllers: [RecordsController, CohortRotationsController], providers: [RecordsService, CohortRotationsService] })
export class RecordsModule {}
