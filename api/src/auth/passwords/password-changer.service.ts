import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { BadRequest, NotFound } from '../../platform/errors/domain-error';
import { Customer } from '../customers/customer.entity';
import { StaffUser } from '../staff/staff-user.entity';
import type { SubjectType } from '../tokens/refresh-token.entity';
import { Sessions } from '../tokens/sessions.service';
import { PasswordHasher } from './password-hasher';

const tables = { customer: Customer, staff: StaffUser } as const;

/** Changing a known password, for customers and staff alike: the session that did it stays, the others end. */
@Injectable()
export class PasswordChanger {
  constructor(
    private readonly db: Db,
    private readonly hasher: PasswordHasher,
    private readonly sessions: Sessions,
  ) {}

  async change(
    subject: { type: SubjectType; id: string; sessionId: string },
    input: { currentPassword: string; newPassword: string },
  ): Promise<void> {
    const table = tables[subject.type];
    const row = await this.db.manager
      .createQueryBuilder(table, 'u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: subject.id })
      .getOne();
    if (!row) throw new NotFound('account');
    if (!(await this.hasher.verify(row.passwordHash, input.currentPassword))) {
      throw new BadRequest('wrong_password', 'The current password is wrong.', [{ pointer: '/currentPassword', detail: 'is wrong' }]);
    }
    const passwordHash = await this.hasher.hash(input.newPassword);
    await this.db.transaction(async (tx) => {
      await tx.update(table, subject.id, { passwordHash });
      await this.sessions.endAll(tx, subject.type, subject.id, subject.sessionId);
    });
  }
}
