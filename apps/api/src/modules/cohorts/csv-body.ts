import type { FastifyInstance } from 'fastify';
import { csvTooLarge, IMPORT_MAX_BYTES } from './import-csv';

/** The routes that take a CSV upload: only these may send a body larger than the JSON limit. */
const CSV_ROUTE = /\/import$/;

/**
 * Accepts `text/csv` request bodies as text on the CSV upload routes only (415 elsewhere). The
 * parser has its own body limit, a little over IMPORT_MAX_BYTES, so an import file may be larger
 * than any JSON body; past 5 MB the request is refused with a message that says so.
 */
export function registerCsvBodyParser(fastify: FastifyInstance): void {
  if (fastify.hasContentTypeParser('text/csv')) return;
  fastify.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: IMPORT_MAX_BYTES + 64 * 1024 }, (request, body, done) => {
    if (!CSV_ROUTE.test(request.routeOptions.url ?? '')) {
      done(Object.assign(new Error('Unsupported Media Type'), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }), undefined);
      return;
    }
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (Buffer.byteLength(text, 'utf8') > IMPORT_MAX_BYTES) done(csvTooLarge(), undefined);
    else done(null, text);
  });
}
