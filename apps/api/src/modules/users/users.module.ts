import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { StudentsModule } from '../students/students.module';
import { UsersService } from './users.service';

@Module({ imports: [AuthModule, StudentsModule, RecommendationsModule], providers: [UsersService], exports: [UsersService] })
export class UsersModule {}
