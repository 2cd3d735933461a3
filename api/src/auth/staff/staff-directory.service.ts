import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { NotFound } from '../../platform/errors/domain-error';
import { byCreation, keysetPage } from '../../platform/pagination/keyset';
import { Page, PageQuery } from '../../platform/pagination/page';
import { ROLE_DESCRIPTIONS, ROLE_PERMISSIONS, ROLES } from '../access/permissions';
import type { StaffPrincipal } from '../access/principal';
import { RoleView, StaffMeView, StaffView, toStaffView } from './dto/staff.view';
import { StaffUser } from './staff-user.entity';

/** Reads: who works here, who am I, and what each role may do. */
@Injectable()
export class StaffDirectory {
  constructor(private readonly db: Db) {}

  async list(query: PageQuery): Promise<Page<StaffView>> {
    const page = await keysetPage(this.db.manager.createQueryBuilder(StaffUser, 's'), byCreation('s', 'ASC'), query);
    return { items: page.items.map(toStaffView), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<StaffView> {
    const staff = await this.db.manager.findOne(StaffUser, { where: { id } });
    if (!staff) throw new NotFound('staff user');
    return toStaffView(staff);
  }

  /** From the principal alone: the access check has just read this row. */
  me(principal: StaffPrincipal): StaffMeView {
    const { id, email, name, role, lastSignInAt, createdAt } = principal;
    return {
      id,
      email,
      name,
      role,
      status: 'active',
      lastSignInAt: lastSignInAt?.toISOString() ?? null,
      createdAt: createdAt.toISOString(),
      permissions: [...principal.permissions],
    };
  }

  roles(): RoleView[] {
    return ROLES.map((role) => ({ role, description: ROLE_DESCRIPTIONS[role], permissions: [...ROLE_PERMISSIONS[role]] }));
  }
}
