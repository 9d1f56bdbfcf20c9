import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { POOL_SIZE } from './data-source';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL compiled to WebAssembly (PGlite), persisted in `dir` (or in memory when
 * `dir` is undefined), and serves it on a loopback port over the PostgreSQL wire protocol, so
 * that `pg` and TypeORM reach it exactly as they reach a real server.
 */
export async function startEmbeddedPostgres(dir: string | undefined, port = 0): Promise<EmbeddedPostgres> {
  if (dir) mkdirSync(dir, { recursive: true });
  const db = await PGlite.create(dir ? join(dir) : undefined);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: POOL_SIZE + 2 });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgres://postgres@${address}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
