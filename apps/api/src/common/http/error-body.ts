import { STATUS_CODES } from 'node:http';
import { HttpException } from '@nestjs/common';
import { ERROR_CODES, type ApiErrorBody, type FieldError } from '@advising/contracts';

const DEFAULT_CODES: Record<number, string> = {
  400: ERROR_CODES.VALIDATION_FAILED,
  401: ERROR_CODES.AUTH_TOKEN_INVALID,
  403: ERROR_CODES.FORBIDDEN,
  404: ERROR_CODES.NOT_FOUND,
  409: ERROR_CODES.CONFLICT,
  413: ERROR_CODES.VALIDATION_FAILED,
  415: ERROR_CODES.VALIDATION_FAILED,
  429: ERROR_CODES.AUTH_THROTTLED,
};

/** Builds the one error shape `{ statusCode, error, message, code?, details? }` from anything thrown. */
export function toErrorBody(exception: unknown): ApiErrorBody & Record<string, unknown> {
  if (exception instanceof HttpException) {
    // Nest wraps Fastify's own client errors (body too large, bad JSON) in an HttpException: keep their reason.
    const wrapped = fastifyError(exception.cause);
    if (wrapped) return wrapped;
    const statusCode = exception.getStatus();
    const response = exception.getResponse();
    const base = { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', code: DEFAULT_CODES[statusCode] };
    if (typeof response === 'string') return { ...base, message: response };
    const { message, statusCode: _s, error: _e, ...rest } = response as Record<string, unknown>;
    return {
      ...base,
      ...rest,
      message: Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message,
    };
  }
  const fastify = fastifyError(exception);
  if (fastify) return fastify;
  if (isDatabaseUnavailable(exception)) {
    return {
      statusCode: 503,
      error: 'Service Unavailable',
      code: ERROR_CODES.SERVICE_UNAVAILABLE,
      message: 'The service is unavailable for a moment; nothing was changed. It will retry shortly.',
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
    };
  }
  return { statusCode: 500, error: 'Internal Server Error', code: ERROR_CODES.INTERNAL, message: 'Something went wrong on our side; nothing was changed. Try again.' };
}

/** What a client is asked to wait (Retry-After) while the database cannot be reached. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** SQLSTATEs that mean the database cannot serve now: connection exceptions (08), shutting down or starting (57P0x), full. */
const UNAVAILABLE_SQLSTATE = /^(08\w{3}|57P0[1-4]|53300)$/;
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|not queryable|Connection ended|the database system is (starting up|shutting down|in recovery mode)|Driver not Connected/i;
/** TypeORM's query runner after its connection died under it (the pg client's error marks it released). */
const UNAVAILABLE_ERROR_NAMES = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/**
 * Whether an error means the database could not be reached or is restarting (as opposed to a
 * query it refused): the request is answered 503 with Retry-After, never 401 or 500.
 */
export function isDatabaseUnavailable(exception: unknown, depth = 0): boolean {
  if (!exception || typeof exception !== 'object' || depth > 3) return false;
  const e = exception as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && (UNAVAILABLE_SQLSTATE.test(e.code) || UNAVAILABLE_ERRNO.has(e.code))) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  if (exception instanceof Error && UNAVAILABLE_ERROR_NAMES.has(exception.name)) return true;
  return isDatabaseUnavailable(e.driverError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}

/** Errors raised by Fastify itself before a handler runs (malformed JSON, wrong content type, body too large). */
function fastifyError(exception: unknown): (ApiErrorBody & Record<string, unknown>) | null {
  if (!exception || typeof exception !== 'object') return null;
  const e = exception as { statusCode?: unknown; code?: unknown; message?: unknown };
  if (typeof e.statusCode !== 'number' || e.statusCode < 400 || e.statusCode >= 500 || typeof e.code !== 'string' || !e.code.startsWith('FST_')) return null;
  const messages: Record<string, { message: string; details?: FieldError[] }> = {
    FST_ERR_CTP_INVALID_JSON_BODY: { message: 'The request body is not valid JSON.', details: [{ field: 'body', message: 'must be valid JSON' }] },
    FST_ERR_CTP_EMPTY_JSON_BODY: { message: 'The request body is empty but JSON was declared.', details: [{ field: 'body', message: 'must not be empty' }] },
    FST_ERR_CTP_BODY_TOO_LARGE: { message: 'The request body is too large (JSON: at most 1 MB; CSV files: at most 5 MB).', details: [{ field: 'body', message: 'is too large' }] },
    FST_ERR_CTP_INVALID_MEDIA_TYPE: { message: 'This content type is not accepted here.', details: [{ field: 'content-type', message: 'is not supported' }] },
  };
  const known = messages[e.code] ?? { message: typeof e.message === 'string' ? e.message : 'Bad request.' };
  return { statusCode: e.statusCode, error: STATUS_CODES[e.statusCode] ?? 'Error', code: ERROR_CODES.VALIDATION_FAILED, ...known };
}
