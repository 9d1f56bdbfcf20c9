import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auth: AuthService,
  ) {}

  /** Deactivates a user of the institution and ends their sessions in the same transaction. */
  async deactivate(institutionId: string, userId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const result = await tx.getRepository(User).update({ id: userId, institutionId }, { active: false });
      if (!result.affected) throw new NotFoundException({ message: 'User not found.' });
      await this.auth.revokeAllSessions(tx, userId, 'deactivated');
    });
  }
}
