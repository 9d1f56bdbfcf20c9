import { Body, Controller, Get, Header, HttpCode, HttpStatus, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { CohortSummary, CohortView, ImportResult } from '@advising/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Permission } from '../../common/decorators/permission.decorator';
import { CohortExportService } from './cohort-export.service';
import { CohortImportService } from './cohort-import.service';
import { CohortSummaryService } from './cohort-summary.service';
import { CohortsService } from './cohorts.service';
import { AddStudentsDto, CreateCohortDto, ImportQueryDto, isDryRun, SetAdvisorsDto, UpdateCohortDto } from './dto/cohort.dto';
import { IMPORT_COLUMNS, IMPORT_FORMAT_DESCRIPTION } from './import-csv';
import { UUID_PARAM } from '../../common/http/uuid-param';

@ApiTags('cohorts')
@Controller('cohorts')
export class CohortsController {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly summaries: CohortSummaryService,
    private readonly imports: CohortImportService,
    private readonly exports: CohortExportService,
  ) {}

  @Get()
  @Permission('cohorts.list')
  @ApiOperation({ summary: 'Cohorts: all of the institution for admins, the ones they advise for advisors; with student counts and how many need attention' })
  list(@CurrentUser() user: AuthUser): Promise<CohortView[]> {
    return this.cohorts.list(user);
  }

  @Post()
  @Permission('cohorts.create')
  @ApiOperation({ summary: 'Create a cohort (name unique in the institution: 409 otherwise)' })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateCohortDto): Promise<CohortView> {
    return this.cohorts.create(user, body);
  }

  @Patch(':cohortId')
  @Permission('cohorts.update')
  @ApiOperation({ summary: 'Rename a cohort or change its match year (409 with the current cohort on a stale version)' })
  update(@CurrentUser() user: AuthUser, @Param('cohortId', UUID_PARAM) cohortId: string, @Body() body: UpdateCohortDto): Promise<CohortView> {
    return this.cohorts.update(user, cohortId, body);
  }

  @Put(':cohortId/advisors')
  @Permission('cohorts.setAdvisors')
  @ApiOperation({ summary: "Set the cohort's advisors (the complete list)" })
  setAdvisors(@CurrentUser() user: AuthUser, @Param('cohortId', UUID_PARAM) cohortId: string, @Body() body: SetAdvisorsDto): Promise<CohortView> {
    return this.cohorts.setAdvisors(user, cohortId, body);
  }

  @Post(':cohortId/students')
  @HttpCode(HttpStatus.OK)
  @Permission('cohorts.addStudents')
  @ApiOperation({ summary: 'Move students into the cohort' })
  addStudents(@CurrentUser() user: AuthUser, @Param('cohortId', UUID_PARAM) cohortId: string, @Body() body: AddStudentsDto): Promise<CohortView> {
    return this.cohorts.addStudents(user, cohortId, body);
  }

  @Get(':cohortId/summary')
  @Permission('cohorts.summary')
  @ApiOperation({ summary: 'Counts by pathway, band and flag; letters; rotations; pathway changes; who needs attention and why' })
  summary(@CurrentUser() user: AuthUser, @Param('cohortId', UUID_PARAM) cohortId: string): Promise<CohortSummary> {
    return this.summaries.summary(user, cohortId);
  }

  @Post(':cohortId/import')
  @Permission('cohorts.import')
  @ApiOperation({ summary: 'Import students from CSV (dry run, or all rows or none)', description: IMPORT_FORMAT_DESCRIPTION })
  @ApiConsumes('text/csv')
  @ApiBody({ description: 'The CSV file', schema: { type: 'string', example: `${IMPORT_COLUMNS.join(',')}\nana@school.edu,Ana Lima,US_MD,IR,2027,2026,false,true,0,PASS,,PASS,248,2026-06-20` } })
  import(@CurrentUser() user: AuthUser, @Param('cohortId', UUID_PARAM) cohortId: string, @Query() query: ImportQueryDto, @Body() body: unknown): Promise<ImportResult> {
    return this.imports.import(user, cohortId, body, isDryRun(query));
  }

  @Get(':cohortId/export.csv')
  @Permission('cohorts.export')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: "The cohort's student table as CSV (cells that would run as spreadsheet formulas are prefixed with a quote)" })
  async export(@CurrentUser() user: AuthUser, @Param('cohortId', UUID_PARAM) cohortId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { fileName, csv } = await this.exports.export(user, cohortId);
    reply.header('Content-Disposition', `attachment; filename="${fileName}"`);
    return csv;
  }
}
