import { z } from 'zod';

/** A comma-separated list in one environment variable. */
const list = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
);

const bool = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/**
 * Every environment variable the API reads, with its default. The README's configuration table is this
 * list; `config.schema.spec.ts` keeps the two in step.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: int(0, 65535).default(9000),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_SIZE: int(1, 200).default(10),
  DATA_DIR: z.string().min(1).default('.data'),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]+$/i)
    .default('tillpoint'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SETTINGS_ENCRYPTION_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: int(60, 86_400).default(900),
  REFRESH_TOKEN_TTL_SECONDS: int(3_600, 31_536_000).default(2_592_000),
  CORS_ORIGINS: list.default(['http://localhost:4321', 'http://localhost:5173']),
  RATE_LIMIT_PER_MINUTE: int(0, 1_000_000).default(1200),
  READ_CACHE_MB: int(0, 4096).default(64),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: int(1, 1000).default(5),
  LOGIN_MAX_FAILURES_PER_IP: int(1, 10_000).default(30),
  LOGIN_LOCKOUT_SECONDS: int(1, 86_400).default(900),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'must look like 100kb or 1mb')
    .default('1mb'),
  ARGON2_MEMORY_KIB: int(1024, 1_048_576).default(19_456),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default('Tillpoint Demo Store <shop@tillpoint.local>'),
  STORE_NAME: z.string().min(1).default('Tillpoint Demo Store'),
  STORE_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR')
    .default('EUR'),
  STORE_COUNTRY: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as NL')
    .default('NL'),
  STORE_COLOUR: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as #0f766e')
    .default('#0f766e'),
  API_PUBLIC_URL: z.url().optional(),
  MEDIA_STORAGE: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z.string().min(3).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  MEDIA_PUBLIC_URL: z.url().optional(),
  STOREFRONT_URL: z.url().default('http://localhost:4321'),
  ADMIN_URL: z.url().default('http://localhost:5173'),
  DEMO_DATA: bool.optional(),
  MIGRATE_ON_START: bool.default(true),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|\d+|[a-z0-9.:/]+(\s*,\s*[a-z0-9.:/]+)*)$/i,
      'must be true, false, a hop count, or addresses/subnets such as loopback,10.0.0.0/8',
    )
    .default('loopback')
    .transform((value): boolean | number | string =>
      value === 'true' ? true : value === 'false' ? false : /^\d+$/.test(value) ? Number(value) : value,
    ),
  SHUTDOWN_TIMEOUT_MS: int(0, 600_000).default(10_000),
  WORKER_CONCURRENCY: int(1, 100).default(4),
  OUTBOX_POLL_MS: int(50, 60_000).default(1000),
});

export type RawConfig = z.infer<typeof configSchema>;
