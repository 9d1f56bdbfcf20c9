import { Module } from '@nestjs/common';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { CohortLettersController } from './cohort-letters.controller';
import { CohortLettersService } from './cohort-letters.service';
import { LettersController } from './letters.controller';
import { LettersService } from './letters.service';

@Module({ imports: [RecommendationsModule], controllers: [LettersController, CohortLettersController], providers: [LettersService, CohortLettersService] })
export class LettersModule {}
