export * from './lib/roles';
export * from './lib/errors';
export * from './lib/auth';
export * from './lib/navigation';
export * from './lib/demo';
export * from './lib/advising';
export * from './lib/permissions';
