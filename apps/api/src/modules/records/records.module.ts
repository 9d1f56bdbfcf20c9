import { Module } from '@nestjs/common';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { RecordsController } from './records.controller';
import { RecordsService } from './records.service';

@Module({ imports: [RecommendationsModule], controllers: [RecordsController], providers: [RecordsService] })
export class RecordsModule {}
