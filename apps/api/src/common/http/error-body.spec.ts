import { BadRequestException, ConflictException, HttpException, NotFoundException } from '@nestjs/common';
import { isDatabaseUnavailable, toErrorBody } from './error-body';

describe('toErrorBody', () => {
  it('keeps code and details of our own exceptions in the one shape', () => {
    const body = toErrorBody(new BadRequestException({ code: 'VALIDATION_FAILED', message: 'The request has invalid fields.', details: [{ field: 'email', message: 'bad' }] }));
    expect(body).toEqual({ statusCode: 400, error: 'Bad Request', code: 'VALIDATION_FAILED', message: 'The request has invalid fields.', details: [{ field: 'email', message: 'bad' }] });
  });

  it('fills in a default code per status', () => {
    expect(toErrorBody(new NotFoundException())).toMatchObject({ statusCode: 404, error: 'Not Found', code: 'NOT_FOUND' });
    expect(toErrorBody(new ConflictException('Changed by someone else'))).toMatchObject({ statusCode: 409, code: 'CONFLICT', message: 'Changed by someone else' });
    expect(toErrorBody(new HttpException('plain', 418))).toMatchObject({ statusCode: 418, message: 'plain' });
  });

  it("maps Fastify's own client errors to 4xx with the reason", () => {
    const tooLarge = Object.assign(new Error('Request body is too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    expect(toErrorBody(tooLarge)).toMatchObject({ statusCode: 413, code: 'VALIDATION_FAILED', details: [{ field: 'body', message: 'is too large' }] });
  });

  it('hides the internals of anything unexpected behind a 500', () => {
    const body = toErrorBody(new TypeError('cannot read x of undefined'));
    expect(body).toEqual({ statusCode: 500, error: 'Internal Server Error', code: 'INTERNAL', message: expect.not.stringContaining('undefined') });
  });

  it('answers 503 with a retry delay whenever the database cannot serve, never 500 or 401', () => {
    const cases: unknown[] = [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      Object.assign(new Error('query failed'), { driverError: Object.assign(new Error('Connection terminated unexpectedly'), {}) }),
      Object.assign(new Error('timeout exceeded when trying to connect'), {}),
      Object.assign(new Error('Query runner already released. Cannot run queries anymore.'), { name: 'QueryRunnerAlreadyReleasedError' }),
      Object.assign(new Error('Database connection provided by a query runner was already released, cannot continue to use its querying methods anymore.'), { name: 'QueryRunnerProviderAlreadyReleasedError' }),
    ];
    for (const error of cases) {
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(toErrorBody(error)).toMatchObject({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
    }
    // A query the database refused is not unavailability.
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }))).toBe(false);
  });
});
