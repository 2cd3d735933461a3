import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-jwt';
import { AppConfig } from '../../platform/config/app-config';
import { Db } from '../../platform/database/db.service';
import { Forbidden, Unauthenticated } from '../../platform/errors/domain-error';
import { permissionsOf, type Role } from '../access/permissions';
import type { StaffPrincipal } from '../access/principal';
import type { AccessClaims } from '../tokens/sessions.service';
import { jwtOptions } from './jwt-options';

interface StaffRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  last_sign_in_at: Date | null;
  created_at: Date;
}

/**
 * Staff access tokens carry only who and which session; the role is read on every request, so a
 * role change or a deactivation applies at once rather than when the token expires.
 */
@Injectable()
export class StaffJwtStrategy extends PassportStrategy(Strategy, 'staff-jwt') {
  constructor(
    config: AppConfig,
    private readonly db: Db,
  ) {
    super(jwtOptions(config));
  }

  async validate(claims: AccessClaims & { aud?: string }): Promise<StaffPrincipal> {
    if (claims.typ !== 'staff' || claims.aud !== 'admin') {
      throw new Forbidden('wrong_token_audience', 'The admin API takes staff access tokens or API keys, not customer tokens.');
    }
    // Every admin request passes here: one indexed read in plain SQL, without the ORM's query building.
    const [staff]: StaffRow[] = await this.db.read(
      `SELECT id, email, name, role, last_sign_in_at, created_at FROM staff_users WHERE id = $1 AND status = 'active'`,
      [claims.sub],
    );
    if (!staff) throw new Unauthenticated('account_inactive', 'This staff account is not active.');
    return {
      kind: 'staff',
      id: staff.id,
      email: staff.email,
      name: staff.name,
      role: staff.role,
      permissions: permissionsOf(staff.role),
      sessionId: claims.sid,
      lastSignInAt: staff.last_sign_in_at,
      createdAt: staff.created_at,
    };
  }
}
