import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { AdminController } from './admin.controller';

/** Institution administration: users and the audit trail (AuditModule is global). */
@Module({ imports: [UsersModule], controllers: [AdminController] })
export class AdminModule {}
