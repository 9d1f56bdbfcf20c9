import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { auth, createTestApp, type TestApp } from '../../apps/api/test/test-app';
import { createRecordWorld } from './support';

interface Operation {
  summary?: string;
  security?: unknown[];
  parameters?: { name: string; in: string; schema?: { type?: string; format?: string } }[];
  responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { properties?: Record<string, { type?: string; minimum?: number; maximum?: number }> }> };
}

const root = join(__dirname, '../..');

/** The API's contract at /api/docs-json: what integrators and our tests read. */
describe('OpenAPI document (security)', () => {
  let t: TestApp;
  let doc: Document;
  let raw: string;

  beforeAll(async () => {
    t = await createTestApp();
    raw = (await t.inject({ method: 'GET', url: '/api/docs-json' })).body;
    doc = JSON.parse(raw) as Document;
  });
  afterAll(() => t.close());

  const operations = (): [string, Operation][] => Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op] as [string, Operation]));

  it('passes `redocly lint` (@redocly/cli 2.77.0, recommended rules) with 0 errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    try {
      writeFileSync(join(dir, 'openapi.json'), raw);
      const result = spawnSync(join(root, 'node_modules/.bin/redocly'), ['lint', 'openapi.json', '--format=summary'], { cwd: dir, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(output).not.toMatch(/^error\s/m);
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('documents on every operation the errors it can give, with the one error shape', () => {
    for (const [name, op] of operations()) {
      const errors = Object.entries(op.responses).filter(([code]) => /^4\d\d$/.test(code));
      expect({ name, has400: errors.some(([code]) => code === '400') }).toEqual({ name, has400: true });
      for (const [, response] of errors) expect(response.content?.['application/json']?.schema).toEqual({ $ref: '#/components/schemas/ErrorBody' });
      if (op.security?.length) expect({ name, codes: ['401', '403'].filter((c) => c in op.responses) }).toEqual({ name, codes: ['401', '403'] });
      expect(op.summary).toBeTruthy();
    }
    expect(doc.paths['/api/auth/login']?.['post']?.responses['429']).toBeDefined();
  });

  it('documents on every operation the schema of its success answer', () => {
    const missing = operations()
      .filter(([, op]) => Object.entries(op.responses).some(([code, r]) => /^2\d\d$/.test(code) && code !== '204' && !Object.values(r.content ?? {}).some((m) => m.schema)))
      .map(([name]) => name);
    expect(missing).toEqual([]);
    expect(operations().length).toBeGreaterThanOrEqual(46);
  });

  it('types path ids as UUIDs and integers as integers with their ranges', () => {
    for (const [name, op] of operations()) {
      for (const p of (op.parameters ?? []).filter((q) => q.in === 'path')) expect({ name, p: p.name, schema: p.schema }).toEqual({ name, p: p.name, schema: { type: 'string', format: 'uuid' } });
    }
    const props = (schema: string) => doc.components.schemas[schema]?.properties ?? {};
    expect(props('UpdateExamDto')['version']).toMatchObject({ type: 'integer', minimum: 1, maximum: 2147483647 });
    expect(props('CreateExamDto')['score']).toMatchObject({ type: 'integer', minimum: 1, maximum: 300 });
    expect(props('CreateRotationDto')['evaluatorComment']).toMatchObject({ type: 'string', maxLength: 4000 });
    expect(props('CreateExamDto')['date']).toMatchObject({ type: 'string', format: 'date' });
    const numbers = Object.entries(doc.components.schemas).flatMap(([schema, s]) => Object.entries(s.properties ?? {}).filter(([, p]) => p.type === 'number').map(([key]) => `${schema}.${key}`));
    expect(numbers).toEqual([]);
    const objects = Object.entries(doc.components.schemas)
      .filter(([schema]) => schema.endsWith('Dto'))
      .flatMap(([schema, s]) => Object.entries(s.properties ?? {}).filter(([, p]) => p.type === 'object').map(([key]) => `${schema}.${key}`));
    expect(objects).toEqual(['WhatIfDto.profile']);
  });

  it('describes what the API really answers: live answers validate against their documented schemas', async () => {
    const w = await createRecordWorld(t, 'Contract');
    // OpenAPI 3.0 writes "a nullable reference" as { allOf: [ref], nullable: true }: null or the referenced shape.
    const toJsonSchema = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(toJsonSchema);
      if (!node || typeof node !== 'object') return node;
      const o = node as Record<string, unknown>;
      if (Array.isArray(o['allOf']) && o['nullable'] === true) return { anyOf: [...(o['allOf'] as unknown[]).map(toJsonSchema), { type: 'null' }] };
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(o)) out[k] = toJsonSchema(v);
      if (o['nullable'] === true && typeof o['type'] === 'string') {
        out['type'] = [o['type'], 'null'];
        delete out['nullable'];
        if (Array.isArray(o['enum'])) out['enum'] = [...(o['enum'] as unknown[]), null];
      }
      return out;
    };
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    const components = toJsonSchema(doc.components);
    const check = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, template: string, token: string, payload?: Record<string, unknown>) => {
      const res = await t.inject({ method, url, headers: auth(token), ...(payload ? { payload } : {}) });
      expect({ url, status: res.statusCode }).toEqual({ url, status: method === 'POST' && !url.endsWith('what-if') ? 201 : 200 });
      const op = doc.paths[template]?.[method.toLowerCase()];
      const schema = op?.responses[String(res.statusCode)]?.content?.['application/json']?.schema;
      expect(schema).toBeDefined();
      const validate = ajv.compile({ allOf: [toJsonSchema(schema)], components });
      const valid = validate(res.json());
      expect({ url, errors: valid ? null : validate.errors }).toEqual({ url, errors: null });
    };
    const s = `/api/students/${w.studentId}`;
    await check('GET', s, '/api/students/{studentId}', w.tokens.ADVISOR);
    await check('GET', s, '/api/students/{studentId}', w.tokens.MENTOR);
    await check('GET', `${s}/recommendations`, '/api/students/{studentId}/recommendations', w.tokens.ADVISOR);
    await check('POST', `${s}/what-if`, '/api/students/{studentId}/what-if', w.tokens.STUDENT, { step2ckScore: 250 });
    await check('POST', `${s}/exams`, '/api/students/{studentId}/exams', w.tokens.ADVISOR, { exam: 'STEP3', result: 'SCHEDULED' });
    await check('POST', `${s}/notes`, '/api/students/{studentId}/notes', w.tokens.ADVISOR, { body: 'Contract note' });
    await check('PUT', `${s}/override`, '/api/students/{studentId}/override', w.tokens.ADVISOR, { pathway: 'DR_THEN_IR', reason: 'Checked against the contract' });
    await check('GET', '/api/cohorts', '/api/cohorts', w.tokens.ADMIN);
    await check('GET', `/api/cohorts/${w.cohortId}/summary`, '/api/cohorts/{cohortId}/summary', w.tokens.ADVISOR);
    await check('GET', `/api/cohorts/${w.cohortId}/letters`, '/api/cohorts/{cohortId}/letters', w.tokens.ADVISOR);
    await check('GET', `/api/cohorts/${w.cohortId}/rotations`, '/api/cohorts/{cohortId}/rotations', w.tokens.ADVISOR);
    await check('GET', '/api/students', '/api/students', w.tokens.ADVISOR);
    await check('GET', '/api/admin/users', '/api/admin/users', w.tokens.ADMIN);
    await check('GET', '/api/admin/audit-events', '/api/admin/audit-events', w.tokens.ADMIN);
    await check('POST', '/api/admin/users', '/api/admin/users', w.tokens.ADMIN, { email: `contract-${Date.now()}@test.edu`, displayName: 'Contract Mentor', role: 'MENTOR' });
    await check('GET', '/api/me/letter-requests', '/api/me/letter-requests', w.tokens.MENTOR);
    await check('GET', '/api/mentors', '/api/mentors', w.tokens.STUDENT);
    await check('GET', '/api/me/record', '/api/me/record', w.tokens.STUDENT);
    await check('GET', '/api/auth/me', '/api/auth/me', w.tokens.STUDENT);
  });
});
