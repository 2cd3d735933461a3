import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ReadCache } from './read-cache';

/**
 * Serves public GETs from the read cache, or stores what the handler sends. Only anonymous requests: an
 * answer that could depend on who asks is never shared. A hit skips the guards (the rate limiter too: a
 * hit costs less than the limiter's own Redis round trip) but not the request log.
 */
@Injectable()
export class ReadCacheMiddleware implements NestMiddleware {
  constructor(private readonly cache: ReadCache) {}

  use(request: Request, response: Response, next: NextFunction): void {
    if (request.method !== 'GET' || request.headers.authorization || request.headers.cookie || !this.cache.enabled) {
      next();
      return;
    }
    const key = request.originalUrl;
    const hit = this.cache.get(key);
    if (hit) {
      response.setHeader('X-Cache', 'HIT');
      response.setHeader('Cache-Control', hit.cacheControl);
      response.setHeader('ETag', hit.etag);
      response.type('application/json').send(hit.body);
      return;
    }
    const generation = this.cache.generation;
    const send = response.send.bind(response);
    response.setHeader('X-Cache', 'MISS');
    response.send = (body?: unknown) => {
      const storable = response.statusCode === 200 && typeof body === 'string';
      const sent = send(body);
      const etag = response.getHeader('ETag');
      const cacheControl = response.getHeader('Cache-Control');
      if (storable && typeof etag === 'string' && typeof cacheControl === 'string') {
        this.cache.set(key, { body: body as string, etag, cacheControl }, generation);
      }
      return sent;
    };
    next();
  }
}
