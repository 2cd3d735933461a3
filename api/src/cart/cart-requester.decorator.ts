import { applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../auth/access/principal';
import type { CartRequester } from './cart-access.service';

export const CART_TOKEN_HEADER = 'x-cart-token';

/** The caller as a cart sees them: the signed-in customer, and the guest cart token they sent. */
export const Requester = createParamDecorator((_data: unknown, context: ExecutionContext): CartRequester => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  const token = request.headers[CART_TOKEN_HEADER];
  return {
    customerId: request.user?.kind === 'customer' ? request.user.id : null,
    token: typeof token === 'string' ? token : undefined,
  };
});

/** Documents the guest cart token header on a route. */
export const CartTokenHeader = () =>
  applyDecorators(
    ApiHeader({
      name: 'X-Cart-Token',
      required: false,
      description: "A guest cart's token, from its creation; a customer's cart needs the customer's access token instead",
    }),
  );
