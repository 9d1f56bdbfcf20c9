import { createHash } from 'node:crypto';
import { BadRequestException, ConflictException, Injectable, UnprocessableEntityException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ERROR_CODES } from '@advising/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth-user';
import { hasControlCharacters } from '../validation/validators';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** How long a stored answer is replayed. */
export const IDEMPOTENCY_TTL_HOURS = 24;
/** A claim whose request never finished (the process died) may be taken over after this long. */
const STALE_CLAIM_SECONDS = 60;
/** How long a duplicate waits for the first request with its key to finish. */
const WAIT_MS = 15_000;
const POLL_MS = 25;

interface StoredAnswer {
  request_hash: string;
  status_code: number | null;
  response: unknown;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Answers are kept a day: never with a secret in them (a generated one-time password, a token). */
const SECRET_KEY = /password|token|secret/i;
const withoutSecrets = (body: unknown): string => JSON.stringify(body ?? null, (key, value: unknown) => (key && SECRET_KEY.test(key) ? undefined : value));

/**
 * `Idempotency-Key` on creates (any signed-in POST): the first request with a key claims it (one
 * INSERT … ON CONFLICT, so of N identical requests at once exactly one runs); its answer is stored
 * for a day and every repeat by the same user on the same route gets that answer again (with
 * `Idempotent-Replayed: true`) instead of creating another record. A repeat that arrives while the
 * first is still running waits for it. The same key with a different body answers 422. A request
 * that fails is forgotten, so it can be retried with the same key. Secrets in an answer (a
 * generated one-time password) are not kept: a repeat gets the answer without them.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    const header = request.headers[IDEMPOTENCY_HEADER];
    if (request.method !== 'POST' || header === undefined || !request.user) return next.handle();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return from(this.run(request.user.id, parseKey(header), request, reply, next));
  }

  private async run(userId: string, key: string, request: FastifyRequest, reply: FastifyReply, next: CallHandler): Promise<unknown> {
    const route = `POST ${request.url.split('?')[0]}`;
    const hash = createHash('sha256').update(JSON.stringify([request.url, request.body ?? null])).digest('hex');
    await this.db.query(`DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`, [IDEMPOTENCY_TTL_HOURS]);
    const claimed = await this.db.query<unknown[]>(
      `INSERT INTO idempotency_keys AS k (user_id, key, route, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, key, route) DO UPDATE SET request_hash = EXCLUDED.request_hash, status_code = NULL, response = NULL, created_at = now(), completed_at = NULL
         WHERE k.created_at < now() - make_interval(hours => $5) OR (k.completed_at IS NULL AND k.created_at < now() - make_interval(secs => $6))
       RETURNING 1`,
      [userId, key, route, hash, IDEMPOTENCY_TTL_HOURS, STALE_CLAIM_SECONDS],
    );
    const ids = [userId, key, route];
    if (claimed.length) {
      try {
        const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
        await this.db.query(`UPDATE idempotency_keys SET status_code = $4, response = $5, completed_at = now() WHERE user_id = $1 AND key = $2 AND route = $3`, [
          ...ids,
          reply.statusCode,
          withoutSecrets(body),
        ]);
        return body;
      } catch (error) {
        await this.db.query(`DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND route = $3`, ids);
        throw error;
      }
    }
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const [stored] = await this.db.query<StoredAnswer[]>(`SELECT request_hash, status_code, response FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND route = $3`, ids);
      if (!stored) {
        // The first request failed and let go of the key: this one may run.
        return this.run(userId, key, request, reply, next);
      }
      if (stored.request_hash !== hash) {
        throw new UnprocessableEntityException({
          code: ERROR_CODES.VALIDATION_FAILED,
          message: 'This Idempotency-Key was already used for a different request.',
          details: [{ field: 'Idempotency-Key', message: 'must be new for each new request' }],
        });
      }
      if (stored.status_code !== null) {
        void reply.status(stored.status_code).header('idempotent-replayed', 'true');
        return stored.response ?? undefined;
      }
      if (Date.now() > deadline) {
        throw new ConflictException({ code: ERROR_CODES.CONFLICT, message: 'The same request is still being processed. Try again in a moment.' });
      }
      await sleep(POLL_MS);
    }
  }
}

function parseKey(header: string | string[]): string {
  const key = Array.isArray(header) ? header[0] : header;
  if (typeof key !== 'string' || key.length < 1 || key.length > 255 || hasControlCharacters(key)) {
    throw new BadRequestException({
      code: ERROR_CODES.VALIDATION_FAILED,
      message: 'The Idempotency-Key header is not valid.',
      details: [{ field: 'Idempotency-Key', message: 'must be 1-255 printable characters, e.g. a UUID' }],
    });
  }
  return key;
}
