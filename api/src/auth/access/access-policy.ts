import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { ApiProblems } from '../../platform/openapi/api-problems';
import type { Permission } from './permissions';

export const ACCESS_POLICY = Symbol('tillpoint:access-policy');

export type AccessPolicy =
  { kind: 'public' } | { kind: 'customer' } | { kind: 'optional-customer' } | { kind: 'staff' } | { kind: 'admin'; permission: Permission };

/** Security scheme names in the OpenAPI document. */
export const CUSTOMER_TOKEN = 'customerToken';
export const STAFF_TOKEN = 'staffToken';
export const API_KEY = 'apiKey';

const authProblems = [ApiProblems(401, 403, 429)];

/** Anyone may call it. */
export const Public = () => applyDecorators(SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy));

/** A signed-in customer only; the route reaches that customer's own objects. */
export const CustomerOnly = () =>
  applyDecorators(SetMetadata(ACCESS_POLICY, { kind: 'customer' } satisfies AccessPolicy), ApiBearerAuth(CUSTOMER_TOKEN), ...authProblems);

/** Guests and customers alike; a customer token, when sent, must be valid. */
export const OptionalCustomer = () =>
  applyDecorators(
    SetMetadata(ACCESS_POLICY, { kind: 'optional-customer' } satisfies AccessPolicy),
    ApiBearerAuth(CUSTOMER_TOKEN),
    ...authProblems,
  );

/** Any active staff member, whatever the role (their own profile). API keys are refused. */
export const StaffOnly = () =>
  applyDecorators(SetMetadata(ACCESS_POLICY, { kind: 'staff' } satisfies AccessPolicy), ApiBearerAuth(STAFF_TOKEN), ...authProblems);

/** Staff whose role grants `permission`, or an API key with it among its scopes. */
export const RequirePermission = (permission: Permission) =>
  applyDecorators(
    SetMetadata(ACCESS_POLICY, { kind: 'admin', permission } satisfies AccessPolicy),
    ApiBearerAuth(STAFF_TOKEN),
    ApiBearerAuth(API_KEY),
    ...authProblems,
  );
