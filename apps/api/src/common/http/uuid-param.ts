import { ParseUUIDPipe } from '@nestjs/common';

/** Path ids are UUIDs (v4, as PostgreSQL's gen_random_uuid makes them); anything else is a 400. */
export const UUID_PARAM = new ParseUUIDPipe({ version: '4' });
