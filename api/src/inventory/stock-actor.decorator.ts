import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest, Principal } from '../auth/access/principal';
import { Unauthenticated } from '../platform/errors/domain-error';
import type { StockActor } from './ledger/stock-movement';

/** Who the ledger records for a staff or API-key request. */
export function stockActorOf(principal: Principal | undefined): StockActor {
  if (principal?.kind === 'staff') return { type: 'staff', id: principal.id };
  if (principal?.kind === 'api_key') return { type: 'api_key', id: principal.id };
  // Admin routes let only staff and keys through; anything else here means the route lost its policy.
  throw new Unauthenticated();
}

/** The caller of an admin route, as the stock ledger records them. */
export const CurrentStockActor = createParamDecorator((_data: unknown, context: ExecutionContext): StockActor =>
  stockActorOf(context.switchToHttp().getRequest<AuthenticatedRequest>().user),
);
