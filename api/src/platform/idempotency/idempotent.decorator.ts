import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { ApiProblems } from '../openapi/api-problems';
import { IdempotencyInterceptor } from './idempotency.interceptor';

export const IDEMPOTENT = Symbol('tillpoint:idempotent');

/**
 * The route accepts an `Idempotency-Key` header: a replay answers the first response, a replay with
 * another body is 422, a replay while the first is still running is 409.
 */
export const Idempotent = () =>
  applyDecorators(
    SetMetadata(IDEMPOTENT, true),
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'A unique key (8-255 characters, a UUID is ideal) that makes retrying this request safe for 24 hours',
      schema: { type: 'string', minLength: 8, maxLength: 255 },
    }),
    ApiProblems(409, 422),
  );
