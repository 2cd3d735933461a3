import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../../platform/config/app-config';
import { Db, isUniqueViolation } from '../../platform/database/db.service';
import { Conflict, NotFound } from '../../platform/errors/domain-error';
import { Mailer } from '../../notifications/mailer.service';
import { staffInviteMail } from '../../notifications/templates/account-mails';
import type { StaffPrincipal } from '../access/principal';
import { OneTimeTokens } from '../tokens/one-time-tokens.service';
import { Sessions } from '../tokens/sessions.service';
import { InviteStaffDto, UpdateStaffDto } from './dto/staff.dto';
import { StaffView, toStaffView } from './dto/staff.view';
import { StaffUser } from './staff-user.entity';

const INVITE_TTL_DAYS = 7;

/** Owners invite staff, change their roles and deactivate them; the store always keeps an active owner. */
@Injectable()
export class StaffAdministration {
  constructor(
    private readonly db: Db,
    private readonly tokens: OneTimeTokens,
    private readonly sessions: Sessions,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  async invite(actor: StaffPrincipal, input: InviteStaffDto): Promise<StaffView> {
    try {
      return await this.db.transaction(async (tx) => {
        const staff = await tx.save(
          tx.create(StaffUser, { email: input.email, name: input.name.trim(), role: input.role, invitedBy: actor.id }),
        );
        await this.sendInvite(tx, staff, actor.name);
        return toStaffView(staff);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'staff_users_email_key')) throw new Conflict('email_taken', 'A staff user with this email exists.');
      throw error;
    }
  }

  async resendInvite(actor: StaffPrincipal, id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const staff = await tx.findOne(StaffUser, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!staff) throw new NotFound('staff user');
      if (staff.status !== 'invited') throw new Conflict('not_invited', 'This person has already accepted their invitation.');
      await this.sendInvite(tx, staff, actor.name);
    });
  }

  async update(actor: StaffPrincipal, id: string, input: UpdateStaffDto): Promise<StaffView> {
    return this.db.transaction(async (tx) => {
      // Owners are locked first, always in the same order, so two demotions cannot both pass the last-owner check.
      const owners = await tx.find(StaffUser, {
        where: { role: 'owner', status: 'active' },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const staff = await tx.findOne(StaffUser, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!staff) throw new NotFound('staff user');
      assertChangeAllowed(actor, staff, input, owners.length);
      if (input.status === 'active' && staff.status !== 'active') await this.assertCanReactivate(tx, staff);
      await tx.update(StaffUser, staff.id, {
        ...(input.role ? { role: input.role } : {}),
        ...(input.status ? { status: input.status } : {}),
        ...(input.name ? { name: input.name.trim() } : {}),
      });
      if (input.status === 'deactivated') await this.sessions.endAll(tx, 'staff', staff.id);
      const updated = await tx.findOneOrFail(StaffUser, { where: { id } });
      return toStaffView(updated);
    });
  }

  private async assertCanReactivate(tx: EntityManager, staff: StaffUser): Promise<void> {
    const withPassword = await tx
      .createQueryBuilder(StaffUser, 's')
      .where('s.id = :id AND s.password_hash IS NOT NULL', { id: staff.id })
      .getExists();
    if (!withPassword) throw new Conflict('invite_pending', 'This person has not accepted the invitation yet; resend it instead.');
  }

  private async sendInvite(tx: EntityManager, staff: StaffUser, invitedBy: string): Promise<void> {
    const token = await this.tokens.issue(tx, 'staff_invite', staff.id, INVITE_TTL_DAYS * 86_400);
    const link = `${this.config.store.adminUrl}/accept-invite?token=${encodeURIComponent(token)}`;
    await this.mailer.enqueue(tx, {
      template: 'staff-invite',
      to: staff.email,
      sensitive: true,
      render: (brand) => staffInviteMail(brand, { name: staff.name, invitedBy, role: staff.role, link, validDays: INVITE_TTL_DAYS }),
    });
  }
}

function assertChangeAllowed(actor: StaffPrincipal, staff: StaffUser, input: UpdateStaffDto, activeOwners: number): void {
  const changesAccess = (input.role && input.role !== staff.role) || (input.status && input.status !== staff.status);
  if (staff.id === actor.id && changesAccess) {
    throw new Conflict('cannot_change_own_access', 'You cannot change your own role or status; ask another owner.');
  }
  const losesOwner =
    staff.role === 'owner' && staff.status === 'active' && ((input.role && input.role !== 'owner') || input.status === 'deactivated');
  if (losesOwner && activeOwners <= 1) {
    throw new Conflict('last_owner', 'The store must keep at least one active owner.');
  }
}
