import { Module } from '@nestjs/common';

/** Filled in by the letters feature: controllers and services register here. */
@Module({})
export class LettersModule {}
