import { ApiProperty } from '@nestjs/swagger';
import { PERMISSIONS, Permission, Role, ROLES } from '../../access/permissions';
import type { StaffUser } from '../staff-user.entity';

export class StaffView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES, enumName: 'StaffRole' }) role: Role;
  @ApiProperty({ enum: ['invited', 'active', 'deactivated'], enumName: 'StaffStatus' }) status: 'invited' | 'active' | 'deactivated';
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastSignInAt: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

/** `GET /admin/me`: the signed-in staff member and what they may do. */
export class StaffMeView extends StaffView {
  @ApiProperty({ enum: PERMISSIONS, enumName: 'Permission', isArray: true })
  permissions: Permission[];
}

export class RoleView {
  @ApiProperty({ enum: ROLES, enumName: 'StaffRole' }) role: Role;
  @ApiProperty() description: string;
  @ApiProperty({ enum: PERMISSIONS, enumName: 'Permission', isArray: true }) permissions: Permission[];
}

export function toStaffView(staff: StaffUser): StaffView {
  return {
    id: staff.id,
    email: staff.email,
    name: staff.name,
    role: staff.role,
    status: staff.status,
    lastSignInAt: staff.lastSignInAt?.toISOString() ?? null,
    createdAt: staff.createdAt.toISOString(),
  };
}
