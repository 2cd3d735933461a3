import { permissionsOf, ROLES } from '../../src/auth/access/permissions';
import { routePolicies, RoutePolicy } from '../../src/auth/access/route-policy-check';
import { givenFor, Given, GivenStaff } from '../support/given';
import { call } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

const SOME_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Walks every route the app serves, so routes added by later issues are covered without touching
 * this file: each admin route names a permission, refuses the roles without it and lets the others in.
 */
describe('access policy of every route', () => {
  let app: TestApp;
  let given: Given;
  let routes: RoutePolicy[];
  const staff = new Map<string, GivenStaff>();

  beforeAll(async () => {
    app = await startTestApp();
    given = givenFor(app);
    routes = routePolicies(app.app);
    for (const role of ROLES) staff.set(role, await given.staff(role));
  });
  afterAll(() => app.close());

  const send = (route: RoutePolicy, token?: string) =>
    call(app.url, route.method, route.path.replace(/:[a-zA-Z]+/g, SOME_ID), { token, body: route.method === 'GET' ? undefined : {} });

  it('declares a policy on every route, and only sign-in routes under /admin are public', () => {
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes) expect(route.policy).toBeDefined();
    const publicAdmin = routes.filter((r) => r.path.startsWith('/admin') && r.policy?.kind === 'public').map((r) => r.path);
    expect(publicAdmin.every((path) => path.startsWith('/admin/auth/'))).toBe(true);
  });

  it('refuses every protected route without credentials', async () => {
    for (const route of routes.filter((r) => r.policy && r.policy.kind !== 'public' && r.policy.kind !== 'optional-customer')) {
      const answer = await send(route);
      expect({ route: `${route.method} ${route.path}`, status: answer.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 401,
      });
    }
  });

  it('lets each role through exactly the admin routes its permissions allow', async () => {
    const adminRoutes = routes.filter((r) => r.policy?.kind === 'admin');
    expect(adminRoutes.length).toBeGreaterThan(10);
    for (const route of adminRoutes) {
      const permission = route.policy?.kind === 'admin' ? route.policy.permission : undefined;
      for (const role of ROLES) {
        const answer = await send(route, staff.get(role)!.accessToken);
        const allowed = permission !== undefined && permissionsOf(role).has(permission);
        const outcome = { route: `${route.method} ${route.path}`, role, forbidden: answer.status === 403 || answer.status === 401 };
        expect(outcome).toEqual({ ...outcome, forbidden: !allowed });
      }
    }
  });

  it('never answers 500 to any route, with or without a body', async () => {
    const owner = staff.get('owner')!;
    for (const route of routes) {
      const token = route.path.startsWith('/admin') ? owner.accessToken : undefined;
      const answer = await send(route, token);
      expect({ route: `${route.method} ${route.path}`, status: answer.status < 500 }).toEqual({
        route: `${route.method} ${route.path}`,
        status: true,
      });
    }
  });
});
