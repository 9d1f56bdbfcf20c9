/**
 * What reaches a log line about a request or an error: never a password, a token, a hash or a
 * record's text. pino applies these serializers to every line that carries `req`, `res` or `err`.
 */

/** Query parameters whose values look like credentials: access_token, refreshToken, password, api_key, code, signature… */
const SECRET_PARAM = /(token|password|passwd|secret|key|code|signature|sig|session|otp|auth|jwt|credential)/i;

/** The URL with the value of every credential-like query parameter replaced by `[redacted]`. */
export function redactUrl(url: string): string {
  const queryAt = url.indexOf('?');
  if (queryAt < 0) return url;
  const query = url
    .slice(queryAt + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const rawName = eq < 0 ? pair : pair.slice(0, eq);
      let name = rawName;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      } catch {
        // keep the raw name
      }
      return eq >= 0 && SECRET_PARAM.test(name) ? `${rawName}=[redacted]` : pair;
    })
    .join('&');
  return `${url.slice(0, queryAt)}?${query}`;
}

interface DatabaseErrorLike {
  code?: unknown;
  constraint?: unknown;
  driverError?: { code?: unknown; constraint?: unknown };
}

/** A PostgreSQL error (TypeORM's QueryFailedError or pg's own): it carries the query, its parameters and row detail. */
function isDatabaseError(error: object): boolean {
  const e = error as DatabaseErrorLike & { name?: unknown };
  return e.name === 'QueryFailedError' || 'driverError' in e || ('severity' in e && typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code));
}

/**
 * Errors as logged. A database error is reduced to its SQLSTATE code and constraint name: its
 * message, query, parameters and detail can hold password hashes and record text. Anything else
 * keeps its type, message and stack.
 */
export function serializeError(error: unknown): Record<string, unknown> {
  if (!error || typeof error !== 'object') return { type: typeof error };
  if (isDatabaseError(error)) {
    const e = error as DatabaseErrorLike;
    const code = e.driverError?.code ?? e.code;
    const constraint = e.driverError?.constraint ?? e.constraint;
    return { type: 'DatabaseError', code: typeof code === 'string' ? code : undefined, constraint: typeof constraint === 'string' ? constraint : undefined };
  }
  const e = error as { name?: unknown; message?: unknown; stack?: unknown; code?: unknown; statusCode?: unknown };
  return {
    type: typeof e.name === 'string' ? e.name : error.constructor.name,
    message: typeof e.message === 'string' ? e.message : undefined,
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.statusCode === 'number' ? { statusCode: e.statusCode } : {}),
    stack: typeof e.stack === 'string' ? e.stack : undefined,
  };
}

export const LOG_SERIALIZERS = {
  req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: redactUrl(req.url) }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
  err: serializeError,
};
