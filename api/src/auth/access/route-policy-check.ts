import { INestApplicationContext } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_POLICY, AccessPolicy } from './access-policy';

const PATH_METADATA = 'path';
const METHOD_METADATA = 'method';

export interface RoutePolicy {
  controller: string;
  handler: string;
  policy: AccessPolicy | undefined;
}

/** Every route handler with the access policy it declares (on itself or on its controller). */
export function routePolicies(app: INestApplicationContext): RoutePolicy[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  return discovery.getControllers().flatMap((wrapper) => {
    const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
    if (!type) return [];
    return scanner.getAllMethodNames(type.prototype as object).flatMap((name) => {
      const handler = (type.prototype as Record<string, unknown>)[name] as () => unknown;
      if (Reflect.getMetadata(PATH_METADATA, handler) === undefined || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) {
        return [];
      }
      const policy = reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [handler, type]);
      return [{ controller: type.name, handler: name, policy }];
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
