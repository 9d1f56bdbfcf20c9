import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ERROR_CODES } from '@advising/contracts';
import type { DataSource, EntityManager } from 'typeorm';

export const THROTTLE_WINDOW_SECONDS = 15 * 60;
/** Sign-in attempts per account and client address together, per window: the first limit. */
export const MAX_ATTEMPTS_PER_PAIR = 5;
/** Failed sign-ins per client address over all accounts, per window (password spraying). */
export const MAX_FAILURES_PER_ADDRESS = 20;
/** Failed sign-ins per account from anywhere before each further attempt has to wait. */
export const ACCOUNT_FREE_FAILURES = 5;
/** The longest wait between attempts on one account: it slows guessing without locking the owner out. */
export const ACCOUNT_MAX_DELAY_SECONDS = 60;

interface Reservation {
  email: string;
  address: string;
}

/**
 * Sign-in throttling in PostgreSQL (so every API process sees the same counts), counted and
 * checked atomically: an attempt is reserved before the password is checked, by one upsert per
 * key that increments and returns the count under the row's lock, so however many requests arrive
 * at once no more than the limit are ever tried.
 *
 * - per account and address pair: MAX_ATTEMPTS_PER_PAIR per window, then 429 for that pair only;
 * - per address: MAX_FAILURES_PER_ADDRESS per window over all accounts;
 * - per account from anywhere: after ACCOUNT_FREE_FAILURES failures each further attempt waits a
 *   growing delay (1, 2, 4 … at most ACCOUNT_MAX_DELAY_SECONDS), so naming someone's account
 *   slows guessing down but never locks its owner out.
 *
 * A refused attempt counts nothing (its transaction rolls back). A successful sign-in clears the
 * pair and the account and gives the address its attempt back. Unknown accounts behave the same.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Reserves one attempt for this account from this address, or answers 429 with Retry-After. */
  async reserve(email: string, address: string): Promise<Reservation> {
    const reservation = { email: email.trim().toLowerCase(), address };
    await this.db.transaction(async (tx) => {
      // Always the same order of keys, so concurrent reservations never deadlock.
      await this.countInWindow(tx, pairKey(reservation), MAX_ATTEMPTS_PER_PAIR);
      await this.countInWindow(tx, addressKey(address), MAX_FAILURES_PER_ADDRESS);
      await this.countWithDelay(tx, accountKey(reservation.email));
    });
    return reservation;
  }

  /** After a successful sign-in: the pair and the account start afresh; the address gets its attempt back. */
  async succeeded(reservation: Reservation): Promise<void> {
    await this.db.query(`DELETE FROM sign_in_throttle WHERE key = ANY($1)`, [[pairKey(reservation), accountKey(reservation.email)]]);
    await this.db.query(`UPDATE sign_in_throttle SET attempts = greatest(attempts - 1, 0) WHERE key = $1`, [addressKey(reservation.address)]);
    // Keep the table small: forget keys idle for a day.
    await this.db.query(`DELETE FROM sign_in_throttle WHERE window_started_at < now() - interval '1 day' AND next_attempt_at < now()`);
  }

  private async countInWindow(tx: EntityManager, key: string, limit: number): Promise<void> {
    const [row] = await tx.query<{ attempts: number; retry_after: number }[]>(
      `INSERT INTO sign_in_throttle AS t (key, attempts, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         attempts = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE t.attempts + 1 END,
         window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE t.window_started_at END
       RETURNING attempts, ceil(extract(epoch FROM window_started_at + make_interval(secs => $2) - now()))::int AS retry_after`,
      [key, THROTTLE_WINDOW_SECONDS],
    );
    if (row && row.attempts > limit) throw throttled(row.retry_after);
  }

  private async countWithDelay(tx: EntityManager, key: string): Promise<void> {
    const counted = await tx.query<{ attempts: number }[]>(
      `INSERT INTO sign_in_throttle AS t (key, attempts, window_started_at, next_attempt_at) VALUES ($1, 1, now(), now())
       ON CONFLICT (key) DO UPDATE SET
         attempts = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE t.attempts + 1 END,
         window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE t.window_started_at END,
         next_attempt_at = now() + make_interval(secs => CASE
           WHEN t.window_started_at <= now() - make_interval(secs => $2) OR t.attempts + 1 < $3 THEN 0
           ELSE least(power(2, t.attempts + 1 - $3), $4) END)
       WHERE t.next_attempt_at <= now()
       RETURNING attempts`,
      [key, THROTTLE_WINDOW_SECONDS, ACCOUNT_FREE_FAILURES, ACCOUNT_MAX_DELAY_SECONDS],
    );
    if (counted.length) return;
    const [row] = await tx.query<{ retry_after: number }[]>(`SELECT ceil(extract(epoch FROM next_attempt_at - now()))::int AS retry_after FROM sign_in_throttle WHERE key = $1`, [key]);
    throw throttled(row?.retry_after ?? 1);
  }
}

function throttled(seconds: number): HttpException {
  const retryAfterSeconds = Math.max(1, seconds);
  const wait = retryAfterSeconds < 90 ? `${retryAfterSeconds} seconds` : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
  return new HttpException({ code: ERROR_CODES.AUTH_THROTTLED, message: `Too many sign-in attempts. Try again in ${wait}.`, retryAfterSeconds }, HttpStatus.TOO_MANY_REQUESTS);
}

const accountKey = (email: string): string => `account:${email}`;
const addressKey = (address: string): string => `address:${address}`;
const pairKey = (r: Reservation): string => `pair:${r.email}|${r.address}`;
