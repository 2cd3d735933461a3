import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { Forbidden } from '../../platform/errors/domain-error';
import { ACCESS_POLICY, AccessPolicy } from './access-policy';
import { authenticate } from './passport-authenticate';
import type { AdminPrincipal, AuthenticatedRequest, CustomerPrincipal, StaffPrincipal } from './principal';
import { API_KEY_PREFIX } from '../api-keys/api-key-secret';

/**
 * The one global guard. Every route declares its access policy (a route without one does not start:
 * see `assertEveryRouteHasAPolicy`); this guard authenticates with the matching passport strategy and
 * checks the permission.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [context.getHandler(), context.getClass()]);
    // Fail closed: a route someone forgot to annotate is nobody's.
    if (!policy) throw new Forbidden('no_access_policy', 'This route is not open to anyone.');
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    switch (policy.kind) {
      case 'public':
        return true;
      case 'optional-customer':
        if (!request.headers.authorization) return true;
        request.user = await authenticate<CustomerPrincipal>('customer-jwt', request, response);
        return true;
      case 'customer':
        request.user = await authenticate<CustomerPrincipal>('customer-jwt', request, response);
        return true;
      case 'staff':
        if (bearer(request)?.startsWith(API_KEY_PREFIX)) {
          throw new Forbidden('staff_only', 'This route is for staff sign-ins, not API keys.');
        }
        request.user = await authenticate<StaffPrincipal>('staff-jwt', request, response);
        return true;
      case 'admin': {
        const strategy = bearer(request)?.startsWith(API_KEY_PREFIX) ? 'api-key' : 'staff-jwt';
        const principal = await authenticate<AdminPrincipal>(strategy, request, response);
        request.user = principal;
        if (!principal.permissions.has(policy.permission)) {
          const code = principal.kind === 'api_key' ? 'missing_scope' : 'missing_permission';
          const who = principal.kind === 'api_key' ? 'This API key lacks the scope' : 'Your role lacks the permission';
          throw new Forbidden(code, `${who} ${policy.permission}.`);
        }
        return true;
      }
    }
  }
}

function bearer(request: AuthenticatedRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}
