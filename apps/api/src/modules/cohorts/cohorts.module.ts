import { Module } from '@nestjs/common';

/** Filled in by the cohorts feature: controllers and services register here. */
@Module({})
export class CohortsModule {}
