import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Permission, Role } from './permissions';

export interface CustomerPrincipal {
  kind: 'customer';
  id: string;
  /** The refresh-token family this access token belongs to. */
  sessionId: string;
}

export interface StaffPrincipal {
  kind: 'staff';
  id: string;
  email: string;
  name: string;
  role: Role;
  permissions: ReadonlySet<Permission>;
  sessionId: string;
  lastSignInAt: Date | null;
  createdAt: Date;
}

export interface ApiKeyPrincipal {
  kind: 'api_key';
  id: string;
  name: string;
  permissions: ReadonlySet<Permission>;
  createdBy: string;
}

export type AdminPrincipal = StaffPrincipal | ApiKeyPrincipal;
export type Principal = CustomerPrincipal | AdminPrincipal;

export type AuthenticatedRequest = Request & { user?: Principal };

/** The authenticated caller, as the route's access policy established it. */
export const Actor = createParamDecorator((_data: unknown, context: ExecutionContext): Principal | undefined => {
  return context.switchToHttp().getRequest<AuthenticatedRequest>().user;
});
