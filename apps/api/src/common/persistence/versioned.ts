import { ConflictException, NotFoundException } from '@nestjs/common';
import { ERROR_CODES } from '@advising/contracts';
import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Optimistic locking done right: `UPDATE ... WHERE <key> AND version = $expected`, then the row
 * count decides. No row: the record is gone (404) or someone else changed it first (409 with the
 * current record, so the caller can show it). Nothing is overwritten.
 */
export async function updateVersioned<T extends ObjectLiteral & { version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  key: FindOptionsWhere<T>,
  expectedVersion: number,
  patch: QueryDeepPartialEntity<T>,
  view: (current: T) => unknown,
): Promise<T> {
  const repo = manager.getRepository(target);
  const result = await repo
    .createQueryBuilder()
    .update()
    .set({ ...patch, version: () => 'version + 1' } as QueryDeepPartialEntity<T>)
    .where(key)
    .andWhere('version = :expectedVersion', { expectedVersion })
    .execute();
  if (!result.affected) await explainMiss(manager, target, key, view);
  return repo.findOneByOrFail(key);
}

/** Deletes only the version the caller saw; same 404/409 rules as updateVersioned. */
export async function deleteVersioned<T extends ObjectLiteral & { version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  key: FindOptionsWhere<T>,
  expectedVersion: number,
  view: (current: T) => unknown,
): Promise<void> {
  const result = await manager.getRepository(target).createQueryBuilder().delete().where(key).andWhere('version = :expectedVersion', { expectedVersion }).execute();
  if (!result.affected) await explainMiss(manager, target, key, view);
}

async function explainMiss<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, key: FindOptionsWhere<T>, view: (current: T) => unknown): Promise<never> {
  const current = await manager.getRepository(target).findOneBy(key);
  if (!current) throw new NotFoundException({ message: 'Record not found.' });
  throw conflict(view(current));
}

export function conflict(current: unknown, message = 'Someone else changed this record after you opened it. Reload to see the current version; your change was not saved.'): ConflictException {
  return new ConflictException({ code: ERROR_CODES.CONFLICT, message, current });
}
