import { BadRequestException } from '@nestjs/common';
import { ERROR_CODES } from '@advising/contracts';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RawServerDefault } from 'fastify';

/** The largest JSON body any route accepts; our biggest real request is a few kilobytes. */
export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;
/** The deepest nesting of arrays and objects a JSON body may have; our deepest shape is 4. */
export const JSON_MAX_DEPTH = 32;

const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Whether JSON text nests arrays and objects deeper than `max`: one linear pass over the text,
 * counting brackets outside strings. Runs before JSON.parse, so no deep structure is ever built
 * (nor walked by class-transformer or class-validator).
 */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > max) return true;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth--;
    }
  }
  return false;
}

const tooDeep = (): BadRequestException =>
  new BadRequestException({
    code: ERROR_CODES.VALIDATION_FAILED,
    message: `The request body nests too deeply (at most ${JSON_MAX_DEPTH} levels).`,
    details: [{ field: 'body', message: `must not nest more than ${JSON_MAX_DEPTH} levels` }],
  });

/**
 * The one JSON body parser of the API: at most JSON_BODY_LIMIT_BYTES (413 past it, decided from
 * Content-Length before anything is read), at most JSON_MAX_DEPTH levels deep (400, checked by a
 * linear scan before parsing), and Fastify's own parser for the rest (`__proto__` and
 * `constructor.prototype` keys refused).
 */
export function registerJsonBodyParser(app: NestFastifyApplication): void {
  const parse = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit: JSON_BODY_LIMIT_BYTES }, (request, body, done) => {
    const text = body.toString('utf8');
    if (jsonDepthExceeds(text, JSON_MAX_DEPTH)) {
      done(tooDeep(), undefined);
      return;
    }
    void parse(request, text, done);
  });
}
