import { Module } from '@nestjs/common';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { JobsController } from './jobs.controller';

/** The admin's view of the institution's jobs. */
@Module({ imports: [RecommendationsModule], controllers: [JobsController] })
export class JobsAdminModule {}
