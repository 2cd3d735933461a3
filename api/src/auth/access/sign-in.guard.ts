import { CanActivate, ExecutionContext, mixin, Type } from '@nestjs/common';
import type { Request, Response } from 'express';
import { StrictValidationPipe } from '../../platform/validation/validation.pipe';
import { SignInDto } from '../customers/dto/customer-auth.dto';
import { authenticate } from './passport-authenticate';

/**
 * Guards run before pipes, so a sign-in route validates its body here (a malformed one is a 400 naming
 * the field, not a 401), then lets the local passport strategy check the password.
 */
export function SignInGuard(strategy: 'customer-local' | 'staff-local'): Type<CanActivate> {
  class Guard implements CanActivate {
    private readonly pipe = new StrictValidationPipe();

    async canActivate(context: ExecutionContext): Promise<boolean> {
      const request = context.switchToHttp().getRequest<Request & { user?: unknown }>();
      request.body = await this.pipe.transform(request.body, { type: 'body', metatype: SignInDto });
      request.user = await authenticate(strategy, request, context.switchToHttp().getResponse<Response>());
      return true;
    }
  }
  return mixin(Guard);
}
