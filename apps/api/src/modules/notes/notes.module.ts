import { Module } from '@nestjs/common';

/** Filled in by the notes feature: controllers and services register here. */
@Module({})
export class NotesModule {}
