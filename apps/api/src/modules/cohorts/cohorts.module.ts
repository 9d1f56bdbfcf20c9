import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { AuthModule } from '../auth/auth.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { StudentsModule } from '../students/students.module';
import { CohortExportService } from './cohort-export.service';
import { CohortImportService } from './cohort-import.service';
import { CohortSummaryService } from './cohort-summary.service';
import { CohortsController } from './cohorts.controller';
import { CohortsService } from './cohorts.service';
import { registerCsvBodyParser } from './csv-body';
import { StudentListController } from './student-list.controller';
import { StudentListService } from './student-list.service';

/** Cohorts, the cohort table (GET /api/students), the cohort summary, CSV import and export. */
@Module({
  imports: [AuthModule, RecommendationsModule, StudentsModule],
  controllers: [CohortsController, StudentListController],
  providers: [CohortsService, StudentListService, CohortSummaryService, CohortImportService, CohortExportService],
})
export class CohortsModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    registerCsvBodyParser(this.adapterHost.httpAdapter.getInstance<FastifyInstance>());
  }
}
