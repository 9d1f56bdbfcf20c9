import { ERROR_CODES } from '@advising/contracts';
import type { OpenAPIObject } from '@nestjs/swagger';
import { OPERATION_RESPONSES, RESPONSE_SCHEMAS } from './response-schemas';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
type Parameter = { name: string; in: string; schema?: Record<string, unknown> };

const ERROR_REF = { $ref: '#/components/schemas/ErrorBody' };

/** The one error shape, as every error response documents it. */
export const ERROR_BODY_SCHEMA = {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer', minimum: 400, maximum: 599, example: 400 },
    error: { type: 'string', example: 'Bad Request' },
    message: { type: 'string', description: 'What went wrong, in words for people', example: 'The request has invalid fields.' },
    code: { type: 'string', enum: Object.values(ERROR_CODES), description: 'Machine-readable reason' },
    details: {
      type: 'array',
      description: 'Each field at fault, by its dotted path in the request',
      items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string', example: 'exams.0.score' }, message: { type: 'string', example: 'score must be between 1 and 300' } } },
    },
    retryAfterSeconds: { type: 'integer', minimum: 1, description: 'With 429: how long to wait (also in Retry-After)' },
    current: { type: 'object', description: 'With 409 on a stale version: the record as it is now' },
  },
} as const;

const ERROR_WORDS: Record<number, string> = {
  400: 'Invalid request: the fields at fault are listed in `details`',
  401: 'Not signed in, or the access token is no longer valid',
  403: 'Your role may not do this (or a new password must be set first)',
  404: 'No such record in your institution',
  409: 'Changed by someone else (a stale version), already exists, or the same request is still running',
  413: 'The request body is too large (JSON: 1 MB, CSV: 5 MB)',
  422: 'This Idempotency-Key was used for a different request',
  429: 'Too many attempts: wait `retryAfterSeconds` (also the Retry-After header)',
};

/** `RecordsController_createExam` → `Create exam`. */
function summaryOf(operationId: string | undefined): string {
  const name = (operationId ?? 'operation').split('_').pop() ?? 'operation';
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Completes the generated OpenAPI document in one place, so that every operation tells the same
 * truth: path ids are UUIDs; every operation lists the error responses it can give, all with the
 * one error shape; public operations say they need no token; every operation has a summary.
 */
export function completeOpenApi(document: OpenAPIObject): OpenAPIObject {
  document.servers = [{ url: '/', description: 'This deployment' }];
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, ...(RESPONSE_SCHEMAS as Record<string, never>), ErrorBody: ERROR_BODY_SCHEMA as never };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op: Operation | undefined = item[method];
      if (!op) continue;
      op.summary ??= summaryOf(op.operationId);
      const success = OPERATION_RESPONSES[op.operationId ?? ''];
      for (const [code, response] of Object.entries(op.responses) as [string, { description?: string; content?: Record<string, unknown> }][]) {
        if (!/^2/.test(code)) continue;
        if (!response.description) response.description = code === '201' ? 'Created' : code === '204' ? 'Done; nothing to return' : 'OK';
        if (success && !response.content) response.content = { [path.endsWith('.csv') ? 'text/csv' : 'application/json']: { schema: success } };
      }
      const isPublic = !op.security || op.security.length === 0;
      if (isPublic) op.security = [];
      for (const parameter of (op.parameters ?? []) as Parameter[]) {
        if (parameter.in === 'path') parameter.schema = { type: 'string', format: 'uuid' };
      }
      const codes = new Set<number>([400]);
      if (!isPublic) codes.add(401).add(403);
      if (path.includes('{')) codes.add(404);
      if (method !== 'get' && !isPublic) codes.add(409);
      if (op.requestBody) codes.add(413);
      if (method === 'post' && !isPublic) codes.add(422);
      if (path === '/api/auth/login' || path === '/api/auth/password') codes.add(429);
      for (const code of codes) {
        op.responses[String(code)] ??= { description: ERROR_WORDS[code] ?? 'Error', content: { 'application/json': { schema: ERROR_REF } } };
      }
    }
  }
  return document;
}
