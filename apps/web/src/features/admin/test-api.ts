import { FakeAuthApi } from '../../test/fake-api';

export interface AdminCall {
  method: string;
  path: string;
  query: URLSearchParams;
  contentType: string | null;
  /** Parsed JSON, or the text itself for other content types. */
  body: unknown;
}

type Handler = (call: AdminCall) => Response | Promise<Response>;

/**
 * The fake auth API plus handlers for the admin endpoints, matched on method and path (the query
 * string is passed to the handler). Used by the admin screens' component tests.
 */
export class FakeAdminApi {
  readonly auth = new FakeAuthApi();
  readonly calls: AdminCall[] = [];
  private readonly handlers = new Map<string, Handler>();

  on(method: string, path: string, handler: Handler): this {
    this.handlers.set(`${method} ${path}`, handler);
    return this;
  }

  callsTo(method: string, path: string): AdminCall[] {
    return this.calls.filter((call) => call.method === method && call.path === path);
  }

  fetch: typeof fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://test');
    const path = url.pathname.replace(/^\/api/, '');
    const method = init?.method ?? 'GET';
    const handler = this.handlers.get(`${method} ${path}`);
    if (handler === undefined) return this.auth.fetch(input, init);
    const headers = new Headers(init?.headers);
    const contentType = headers.get('Content-Type');
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const call: AdminCall = {
      method,
      path,
      query: url.searchParams,
      contentType,
      body: text === undefined ? undefined : contentType === 'application/json' ? (JSON.parse(text) as unknown) : text,
    };
    this.calls.push(call);
    return handler(call);
  };
}
