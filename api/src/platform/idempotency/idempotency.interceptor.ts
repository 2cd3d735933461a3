import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { from, lastValueFrom, Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../../auth/access/principal';
import { DomainError, ValidationFailed } from '../errors/domain-error';
import { IdempotencyStore } from './idempotency.store';
import { IdempotencyContext, idempotencyContext } from './idempotency-context';

const KEY_PATTERN = /^[\x21-\x7e]{8,255}$/;

/**
 * Makes a mutating route safe to retry. The key is claimed before the handler runs; the command's
 * transaction records the answer (so the answer exists exactly when the effects do); replays get it
 * back. A failure that changed nothing releases the key for an honest retry.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const header = request.headers['idempotency-key'];
    if (header === undefined) return next.handle();
    const key = Array.isArray(header) ? header[0] : header;
    if (!KEY_PATTERN.test(key)) {
      throw new ValidationFailed([{ pointer: '/Idempotency-Key', detail: 'must be 8 to 255 printable characters', location: 'header' }]);
    }
    const successStatus =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ??
      (request.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);
    const scope = `${request.user?.kind ?? 'anonymous'}:${request.user?.id ?? request.ip}:${request.method} ${request.route?.path ?? request.path}`;
    return from(this.run(scope, key, request, response, successStatus, next));
  }

  private async run(
    scope: string,
    key: string,
    request: AuthenticatedRequest,
    response: Response,
    successStatus: number,
    next: CallHandler,
  ): Promise<unknown> {
    const claim = await this.store.claim(scope, key, { method: request.method, path: request.originalUrl, body: request.body });
    if (claim.kind === 'replay') {
      response.status(claim.status).setHeader('Idempotent-Replayed', 'true');
      return claim.body;
    }
    const ctx: IdempotencyContext = { keyId: claim.id, successStatus, recorded: false };
    try {
      const result = await idempotencyContext.run(ctx, () => lastValueFrom(next.handle(), { defaultValue: undefined }));
      if (ctx.unfinished && !ctx.recorded) await this.store.release(claim.id);
      // A command without a transaction of its own (rare) records its answer here instead.
      else if (!ctx.recorded) await this.store.complete(claim.id, successStatus, result);
      return result;
    } catch (error) {
      if (ctx.recorded) throw error; // the command committed; what failed came after it
      if (error instanceof DomainError && error.status < 500) await this.store.complete(claim.id, error.status, null, error);
      else await this.store.release(claim.id);
      throw error;
    }
  }
}
