import { EventEmitter } from 'node:events';
import { Global, Injectable, Logger, Module } from '@nestjs/common';
import type { LetterStatus, RecommendationChange } from '@advising/strategy-rules';

/**
 * What happened, after it was committed. Features that react to a change (notifications,
 * reminders, jobs) listen here instead of being called by the services that make the change.
 */
export interface DomainEventMap {
  /** A student's facts changed (a record written, a profile updated or imported). */
  'student.facts.changed': { institutionId: string; studentId: string; actorId: string | null; action: string; entity: string; entityId: string };
  /** A student's recommendation changed: a new snapshot with what changed. */
  'recommendation.changed': { institutionId: string; studentId: string; snapshotId: string; trigger: string; changes: RecommendationChange[] };
  /** A letter request moved from one status to another. */
  'letter.transitioned': { institutionId: string; studentId: string; letterId: string; actorId: string; from: LetterStatus; to: LetterStatus };
}

export type DomainEventName = keyof DomainEventMap;
export type DomainEvent = { [K in DomainEventName]: { name: K; payload: DomainEventMap[K] } }[DomainEventName];

/** The in-process bus of typed domain events. A failing listener is logged, never the emitter's problem. */
@Injectable()
export class DomainEvents {
  private readonly emitter = new EventEmitter();
  private readonly logger = new Logger('DomainEvents');

  on<K extends DomainEventName>(name: K, listener: (payload: DomainEventMap[K]) => void | Promise<void>): () => void {
    const wrapped = (payload: DomainEventMap[K]): void => {
      try {
        void Promise.resolve(listener(payload)).catch((error: unknown) => this.failed(name, error));
      } catch (error) {
        this.failed(name, error);
      }
    };
    this.emitter.on(name, wrapped);
    return () => this.emitter.off(name, wrapped);
  }

  emit(event: DomainEvent): void {
    this.emitter.emit(event.name, event.payload);
  }

  private failed(name: string, error: unknown): void {
    this.logger.error({ event: name, error: error instanceof Error ? error.name : 'unknown' }, 'A domain event listener failed');
  }
}

@Global()
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class DomainEventsModule {}
