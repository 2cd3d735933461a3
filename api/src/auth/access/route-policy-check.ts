import { INestApplicationContext } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_POLICY, AccessPolicy } from './access-policy';

const PATH_METADATA = 'path';
const METHOD_METADATA = 'method';

export interface RoutePolicy {
  controller: string;
  handler: string;
  method: string;
  /** The route with `:params`, such as `/admin/staff/:id`. */
  path: string;
  policy: AccessPolicy | undefined;
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD', 'SEARCH'];

function joinPath(...parts: unknown[]): string {
  return `/${parts
    .map((p) => String(p ?? '').replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;
}

/** Every route handler with the access policy it declares (on itself or on its controller). */
export function routePolicies(app: INestApplicationContext): RoutePolicy[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  return discovery.getControllers().flatMap((wrapper) => {
    const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
    if (!type) return [];
    const prefix: unknown = Reflect.getMetadata(PATH_METADATA, type);
    return scanner.getAllMethodNames(type.prototype as object).flatMap((name) => {
      const handler = (type.prototype as Record<string, unknown>)[name] as () => unknown;
      const path: unknown = Reflect.getMetadata(PATH_METADATA, handler);
      const method: unknown = Reflect.getMetadata(METHOD_METADATA, handler);
      if (path === undefined || method === undefined) return [];
      const policy = reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [handler, type]);
      return [
        { controller: type.name, handler: name, method: METHODS[Number(method)] ?? String(method), path: joinPath(prefix, path), policy },
      ];
    });
  });
}

/** Refuses to start an app in which some route has no access policy: forgetting one is a bug, not an open door. */
export function assertEveryRouteHasAPolicy(app: INestApplicationContext): void {
  const missing = routePolicies(app).filter((route) => !route.policy);
  if (missing.length) {
    throw new Error(`Routes without an access policy: ${missing.map((r) => `${r.controller}.${r.handler}`).join(', ')}`);
  }
}
