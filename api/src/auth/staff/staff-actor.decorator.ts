import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Forbidden } from '../../platform/errors/domain-error';
import type { AuthenticatedRequest, StaffPrincipal } from '../access/principal';

/**
 * The caller, who must be a person: actions that are attributed to someone (inviting staff, creating
 * keys) refuse API keys even when the key's scopes would allow the route.
 */
export const StaffActor = createParamDecorator((_data: unknown, context: ExecutionContext): StaffPrincipal => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (user?.kind !== 'staff') throw new Forbidden('staff_only', 'Only a signed-in staff member can do this.');
  return user;
});
