import { Module } from '@nestjs/common';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { StudentsModule } from '../students/students.module';
import { MeController } from './me.controller';
import { MeService } from './me.service';

@Module({ imports: [StudentsModule, RecommendationsModule], controllers: [MeController], providers: [MeService] })
export class MeModule {}
