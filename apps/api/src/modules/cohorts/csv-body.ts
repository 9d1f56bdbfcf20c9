import type { FastifyInstance } from 'fastify';
import { csvTooLarge, IMPORT_MAX_BYTES } from './import-csv';

/**
 * Accepts `text/csv` request bodies as text. The global body limit still applies; past 5 MB the
 * request is refused with a message that says so.
 */
export function registerCsvBodyParser(fastify: FastifyInstance): void {
  if (fastify.hasContentTypeParser('text/csv')) return;
  fastify.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (Buffer.byteLength(text, 'utf8') > IMPORT_MAX_BYTES) done(csvTooLarge(), undefined);
    else done(null, text);
  });
}
