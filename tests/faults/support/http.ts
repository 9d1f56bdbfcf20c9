import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';

/** What one HTTP exchange gave: a status with headers and a parsed body, or a connection error. */
export interface Exchange {
  status: number | null;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** A connection error (refused, reset, timed out, ...): the request's fate is unknown. */
  error: string | null;
  sentAt: number;
  doneAt: number;
}

/** Keep-alive connections, as a browser or a load balancer would hold them (what SIGTERM must close cleanly). */
export function keepAliveAgent(): Agent {
  return new Agent({ keepAlive: true, maxSockets: 64 });
}

/** One request with a hard deadline; never throws. */
export function send(agent: Agent, baseUrl: string, method: string, path: string, options: { token?: string; body?: unknown; timeoutMs?: number } = {}): Promise<Exchange> {
  const url = new URL(path, baseUrl);
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  if (payload !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(payload));
  }
  const sentAt = Date.now();
  return new Promise((resolve) => {
    let settled = false;
    const finish = (exchange: Omit<Exchange, 'sentAt' | 'doneAt'>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...exchange, sentAt, doneAt: Date.now() });
    };
    const req = httpRequest(url, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error) => finish({ status: null, headers: {}, body: null, error: `response: ${error.message}` }));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        try {
          body = text ? JSON.parse(text) : null;
        } catch {
          // not JSON: keep the text
        }
        finish({ status: res.statusCode ?? null, headers: res.headers, body, error: null });
      });
    });
    const timer = setTimeout(() => {
      req.destroy(new Error(`no answer within ${options.timeoutMs ?? 15_000} ms`));
    }, options.timeoutMs ?? 15_000);
    req.on('error', (error: NodeJS.ErrnoException) => finish({ status: null, headers: {}, body: null, error: error.code ?? error.message }));
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
