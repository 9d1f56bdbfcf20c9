import { Module } from '@nestjs/common';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { StudentProfilesService } from './student-profiles.service';
import { StudentsController } from './students.controller';
import { StudentsService } from './students.service';

@Module({ imports: [RecommendationsModule], controllers: [StudentsController], providers: [StudentsService, StudentProfilesService], exports: [StudentsService, StudentProfilesService] })
export class StudentsModule {}
