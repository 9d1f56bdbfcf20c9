import { Module } from '@nestjs/common';

/** Filled in by the admin feature: controllers and services register here. */
@Module({})
export class AdminModule {}
