import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Catch, Logger, NotFoundException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toErrorBody } from './error-body';

/**
 * The one exception filter: every error leaves in the one shape. A GET outside /api that
 * matches nothing is the web app's own route, so it gets the app's index.html.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');
  private indexHtml: string | null | undefined;

  constructor(private readonly webDist: string) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof NotFoundException && this.isWebRoute(request)) {
      const html = this.webIndex();
      if (html) {
        void reply.status(200).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
        return;
      }
    }
    const body = toErrorBody(exception);
    if (body.statusCode === 503) this.logger.warn({ reqId: request.id }, 'Database unavailable');
    else if (body.statusCode >= 500) this.logger.error({ err: exception, reqId: request.id }, 'Unhandled error');
    if ((body.statusCode === 429 || body.statusCode === 503) && typeof body['retryAfterSeconds'] === 'number') void reply.header('retry-after', String(body['retryAfterSeconds']));
    void reply.status(body.statusCode).header('cache-control', 'no-store').send(body);
  }

  private isWebRoute(request: FastifyRequest): boolean {
    const path = request.url.split('?')[0];
    return request.method === 'GET' && path !== '/api' && !path.startsWith('/api/');
  }

  private webIndex(): string | null {
    if (this.indexHtml === undefined) {
      try {
        this.indexHtml = readFileSync(join(this.webDist, 'index.html'), 'utf8');
      } catch {
        this.indexHtml = null;
      }
    }
    return this.indexHtml;
  }
}
