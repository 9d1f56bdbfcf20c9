import { existsSync } from 'node:fs';
import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { DataSource } from 'typeorm';
import { AppModule, requestId } from './app.module';
import { JSON_BODY_LIMIT_BYTES, registerJsonBodyParser } from './common/http/json-body';
import { completeOpenApi } from './common/http/openapi';
import { createValidationPipe } from './common/http/validation';
import { StartupQuietLogger } from './common/logging/startup-quiet-logger';
import type { AppConfig } from './config/config';

/** Every body not parsed by a parser with its own limit (JSON: 1 MB; CSV uploads: 5 MB). */
export const BODY_LIMIT_BYTES = JSON_BODY_LIMIT_BYTES;

/** Builds the whole HTTP application (API under /api, the web app at /) on an initialised DataSource. */
export async function createApp(config: AppConfig, dataSource: DataSource, options: { logStream?: DestinationStream } = {}): Promise<NestFastifyApplication> {
  // At shutdown, idle keep-alive connections close at once; requests in flight finish (see main.ts).
  const trustProxy = typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy;
  const adapter = new FastifyAdapter({ trustProxy, bodyLimit: BODY_LIMIT_BYTES, genReqId: requestId, forceCloseConnections: 'idle' });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, dataSource, options.logStream), adapter, { bufferLogs: true });
  app.useLogger(new StartupQuietLogger(app.get(Logger)));
  registerJsonBodyParser(app);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());

  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'], brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } } });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api')) reply.header('cache-control', 'no-store');
    reply.header('x-request-id', request.id);
    return payload;
  });

  const docs = completeOpenApi(SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('Match Compass API').setDescription('Advising records, letters, rotations and pathway recommendations.').setVersion('1').addBearerAuth().build(),
  ));
  SwaggerModule.setup('api/docs', app, docs, { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });

  if (existsSync(config.webDist)) {
    await app.register(fastifyStatic, {
      root: config.webDist,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      // Source maps carry the full sources: never served, even if a build left them in dist.
      allowedPath: (pathName) => !pathName.endsWith('.map'),
      // Built assets carry a content hash in their names: cache them for good; the page itself is revalidated.
      setHeaders: (res, path) => {
        res.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  await app.init();
  return app;
}

/** Trust the nearest `hops` proxies: X-Forwarded-For is read that many entries from the end. */
function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}
