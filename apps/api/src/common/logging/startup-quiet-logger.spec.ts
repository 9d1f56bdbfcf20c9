import { StartupQuietLogger } from './startup-quiet-logger';

describe('StartupQuietLogger', () => {
  const calls: [string, unknown[]][] = [];
  const record = (level: string) => (...args: unknown[]) => void calls.push([level, args]);
  const inner = { log: record('info'), error: record('error'), warn: record('warn'), debug: record('debug'), verbose: record('trace'), fatal: record('fatal') };
  beforeEach(() => (calls.length = 0));

  it('moves the framework start-up messages to debug', () => {
    const logger = new StartupQuietLogger(inner);
    logger.log('Mapped {/api/health/live, GET} route', 'RouterExplorer');
    logger.log('AppModule dependencies initialized', 'InstanceLoader');
    logger.log('Nest application successfully started', 'NestApplication');
    expect(calls.map(([level]) => level)).toEqual(['debug', 'debug', 'debug']);
  });

  it('keeps every other message at its level', () => {
    const logger = new StartupQuietLogger(inner);
    logger.log('request completed', 'Http');
    logger.warn('Database unavailable', 'Errors');
    logger.error('Unhandled error', 'Errors');
    expect(calls).toEqual([
      ['info', ['request completed', 'Http']],
      ['warn', ['Database unavailable', 'Errors']],
      ['error', ['Unhandled error', 'Errors']],
    ]);
  });
});
