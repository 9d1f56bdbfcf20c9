import { Injectable } from '@nestjs/common';
import { argon2id, hash, verify } from 'argon2';

/** argon2id hashing (OWASP parameters: 19 MiB, 2 passes). */
@Injectable()
export class PasswordService {
  private static readonly options = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, PasswordService.options);
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /** Spends the same effort as a real check, so an unknown e-mail answers no faster than a wrong password. */
  async verifyAgainstDummy(password: string): Promise<false> {
    this.dummyHash ??= this.hash('dummy-password-for-timing');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
