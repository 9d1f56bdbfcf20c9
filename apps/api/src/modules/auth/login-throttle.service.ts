import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ERROR_CODES } from '@advising/contracts';
import type { DataSource } from 'typeorm';

export const THROTTLE_WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/**
 * Counts failed sign-ins per account and per client address in PostgreSQL, so every API process
 * behind a load balancer sees the same counts. Over the limit, sign-in answers 429 until the
 * window has passed, whether or not the account exists.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async assertAllowed(email: string, address: string): Promise<void> {
    const rows: { key: string; failures: string; oldest: Date }[] = await this.db.query(
      `SELECT key, count(*) AS failures, min(created_at) AS oldest FROM auth_failures
        WHERE key = ANY($1) AND created_at > now() - make_interval(secs => $2) GROUP BY key`,
      [[accountKey(email), addressKey(address)], THROTTLE_WINDOW_SECONDS],
    );
    for (const row of rows) {
      const limit = row.key.startsWith('account:') ? MAX_FAILURES_PER_ACCOUNT : MAX_FAILURES_PER_ADDRESS;
      if (Number(row.failures) >= limit) {
        const retryAfterSeconds = Math.max(1, Math.ceil(THROTTLE_WINDOW_SECONDS - (Date.now() - new Date(row.oldest).getTime()) / 1000));
        throw new HttpException(
          { code: ERROR_CODES.AUTH_THROTTLED, message: `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, retryAfterSeconds },
          HttpStatus.TOO_MANY_REQUESTS,
        );
      }
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await this.db.query(`INSERT INTO auth_failures (key) VALUES ($1), ($2)`, [accountKey(email), addressKey(address)]);
    // Keep the table small: forget failures older than a day.
    await this.db.query(`DELETE FROM auth_failures WHERE created_at < now() - interval '1 day'`);
  }

  async clearAccount(email: string): Promise<void> {
    await this.db.query(`DELETE FROM auth_failures WHERE key = $1`, [accountKey(email)]);
  }
}

const accountKey = (email: string): string => `account:${email.trim().toLowerCase()}`;
const addressKey = (address: string): string => `address:${address}`;
