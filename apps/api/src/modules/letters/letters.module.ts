import { Module } from '@nestjs/common';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { LettersController } from './letters.controller';
import { LettersService } from './letters.service';

@Module({ imports: [RecommendationsModule], controllers: [LettersController], providers: [LettersService] })
export class LettersModule {}
