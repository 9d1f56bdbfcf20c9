import { Module } from '@nestjs/common';

/** Filled in by the me feature: controllers and services register here. */
@Module({})
export class MeModule {}
