import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { Observable, tap } from 'rxjs';
import { ReadCache } from './read-cache';

/**
 * Staff and integrators read their own writes at once: after an admin write answers, this process's cache
 * is flushed before the response leaves, without waiting for the change notification (which other
 * processes rely on). Costs nothing measurable: admin writes are rare next to storefront reads.
 */
@Injectable()
export class FlushOnAdminWrite implements NestInterceptor {
  constructor(private readonly cache: ReadCache) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    if (request.method === 'GET' || !request.path.startsWith('/admin/')) return next.handle();
    return next.handle().pipe(tap({ next: () => this.cache.flush(), error: () => this.cache.flush() }));
  }
}
