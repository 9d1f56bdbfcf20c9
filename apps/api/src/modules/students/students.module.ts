import { Module } from '@nestjs/common';
import { AttentionModule } from '../attention/attention.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { StudentProfilesService } from './student-profiles.service';
import { StudentsController } from './students.controller';
import { StudentsService } from './students.service';

@Module({ imports: [RecommendationsModule, AttentionModule], controllers: [StudentsController], providers: [StudentsService, StudentProfilesService], exports: [StudentsService, StudentProfilesService] })
export class StudentsModule {}
