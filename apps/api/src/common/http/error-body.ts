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
  return { statusCode: 500, error: 'Internal Server Error', code: ERROR_CODES.INTERNAL, message: 'Something went wrong on our side; nothing was changed. Try again.' };
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
