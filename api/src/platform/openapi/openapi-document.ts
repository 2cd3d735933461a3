import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { API_KEY, CUSTOMER_TOKEN, STAFF_TOKEN } from '../../auth/access/access-policy';
import { ProblemView } from '../errors/problem';

const DESCRIPTION = `The Tillpoint commerce API.

Two surfaces on one server: \`/store/...\` for shoppers (guests and signed-in customers) and \`/admin/...\`
for staff and integrators. Money is \`{ amount, currency }\` with \`amount\` an integer in minor units.
Errors are RFC 9457 problem details (\`application/problem+json\`) with a stable \`code\`.
Lists are keyset-paginated: pass \`nextCursor\` back as \`cursor\`; \`limit\` is at most 100.`;

/** The OpenAPI document, built the same way for /docs and for the committed openapi/openapi.json. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Tillpoint API')
    .setDescription(DESCRIPTION)
    .setVersion('0.1.0')
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    .addServer('/', 'The server that serves this document')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Customer access token from POST /store/auth/login' },
      CUSTOMER_TOKEN,
    )
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Staff access token from POST /admin/auth/login' },
      STAFF_TOKEN,
    )
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'tp_sk_...', description: 'Secret API key with scopes, from POST /admin/api-keys' },
      API_KEY,
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemView],
    operationIdFactory: (_controller, method) => method,
  });
  document.tags = collectTags(document);
  markPublicOperations(document);
  return sortObject(unwrapSingleAllOf(document)) as OpenAPIObject;
}

/** Every tag used by an operation, declared once at the top level (linters want them declared). */
function collectTags(document: OpenAPIObject): { name: string; description: string }[] {
  const names = new Set<string>();
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      for (const tag of (operation as { tags?: string[] }).tags ?? []) names.add(tag);
    }
  }
  return [...names].sort().map((name) => ({ name, description: describeTag(name) }));
}

function describeTag(name: string): string {
  const [surface, area] = name.split(' · ');
  if (!area) return `The ${surface} endpoint`;
  return surface === 'store' ? `Storefront: ${area}` : `Admin: ${area}`;
}

/** Routes with no security requirement are public on purpose (every route declares a policy): say so explicitly. */
function markPublicOperations(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as { security?: unknown[] }[]) {
      if (typeof operation === 'object' && !operation.security) operation.security = [];
    }
  }
}

/** `{ allOf: [{ $ref }] }` with nothing beside it is just `{ $ref }` (Nest wraps named enums this way). */
function unwrapSingleAllOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrapSingleAllOf);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (Object.keys(record).length === 1 && Array.isArray(record.allOf) && record.allOf.length === 1)
      return unwrapSingleAllOf(record.allOf[0]);
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, unwrapSingleAllOf(v)]));
  }
  return value;
}

/** Stable key order, so the committed document only changes when the API does. */
function sortObject(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortObject);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortObject(v)]),
    );
  }
  return value;
}
