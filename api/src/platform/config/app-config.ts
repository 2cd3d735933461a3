import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema, RawConfig } from './config.schema';

/** Thrown at start when the environment is unusable; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export type RunMode = 'embedded' | 'server';

/**
 * The typed configuration, checked once at start. Injected everywhere as `AppConfig`: nothing else in
 * the API reads `process.env`.
 */
export class AppConfig {
  readonly env: RawConfig['NODE_ENV'];
  readonly http: { host: string; port: number; bodyLimit: string; trustProxy: boolean | number | string; corsOrigins: string[] };
  readonly database: { url?: string; poolSize: number; migrateOnStart: boolean };
  readonly dataDir: string;
  readonly redis: { url?: string; prefix: string };
  readonly auth: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlSeconds: number;
    argon2MemoryKib: number;
    loginMaxFailuresPerAccount: number;
    loginMaxFailuresPerIp: number;
    loginLockoutSeconds: number;
  };
  /** What store settings secrets (payment provider keys) are encrypted with: SETTINGS_ENCRYPTION_KEY, else JWT_SECRET. */
  readonly settingsEncryptionSecret: string;
  readonly rateLimitPerMinute: number;
  /** Memory for cached public reads (server mode); 0 turns the cache off. */
  readonly readCacheBytes: number;
  readonly logLevel: RawConfig['LOG_LEVEL'];
  readonly mail: { smtpUrl?: string; from: string };
  readonly store: { name: string; currency: string; country: string; colour: string; storefrontUrl: string; adminUrl: string };
  readonly demoData: boolean;
  readonly shutdownTimeoutMs: number;
  readonly queue: { concurrency: number; pollMs: number };
  /** Where media lives and the base of the URLs it is served from. */
  readonly media: {
    driver: 'local' | 's3';
    directory: string;
    publicUrl: string;
    s3?: { endpoint?: string; region: string; bucket: string; accessKeyId?: string; secretAccessKey?: string };
  };

  constructor(raw: RawConfig & { JWT_SECRET: string }) {
    this.env = raw.NODE_ENV;
    this.http = {
      host: raw.HOST,
      port: raw.PORT,
      bodyLimit: raw.BODY_LIMIT,
      trustProxy: raw.TRUST_PROXY,
      corsOrigins: raw.CORS_ORIGINS,
    };
    this.database = { url: raw.DATABASE_URL, poolSize: raw.DATABASE_POOL_SIZE, migrateOnStart: raw.MIGRATE_ON_START };
    this.dataDir = raw.DATA_DIR;
    this.redis = { url: raw.REDIS_URL, prefix: raw.QUEUE_PREFIX };
    this.auth = {
      jwtSecret: raw.JWT_SECRET,
      accessTokenTtlSeconds: raw.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlSeconds: raw.REFRESH_TOKEN_TTL_SECONDS,
      argon2MemoryKib: raw.ARGON2_MEMORY_KIB,
      loginMaxFailuresPerAccount: raw.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      loginMaxFailuresPerIp: raw.LOGIN_MAX_FAILURES_PER_IP,
      loginLockoutSeconds: raw.LOGIN_LOCKOUT_SECONDS,
    };
    this.settingsEncryptionSecret = raw.SETTINGS_ENCRYPTION_KEY ?? raw.JWT_SECRET;
    this.rateLimitPerMinute = raw.RATE_LIMIT_PER_MINUTE;
    this.readCacheBytes = raw.READ_CACHE_MB * 1024 * 1024;
    this.logLevel = raw.LOG_LEVEL;
    this.mail = { smtpUrl: raw.SMTP_URL, from: raw.MAIL_FROM };
    this.store = {
      name: raw.STORE_NAME,
      currency: raw.STORE_CURRENCY,
      country: raw.STORE_COUNTRY,
      colour: raw.STORE_COLOUR,
      storefrontUrl: raw.STOREFRONT_URL,
      adminUrl: raw.ADMIN_URL,
    };
    this.demoData = raw.DEMO_DATA ?? !raw.DATABASE_URL;
    this.shutdownTimeoutMs = raw.SHUTDOWN_TIMEOUT_MS;
    this.queue = { concurrency: raw.WORKER_CONCURRENCY, pollMs: raw.OUTBOX_POLL_MS };
    const apiPublicUrl = (raw.API_PUBLIC_URL ?? `http://localhost:${raw.PORT}`).replace(/\/+$/, '');
    this.media = {
      driver: raw.MEDIA_STORAGE,
      directory: join(raw.DATA_DIR, 'media'),
      publicUrl: (
        raw.MEDIA_PUBLIC_URL ?? (raw.MEDIA_STORAGE === 's3' ? `${raw.S3_ENDPOINT}/${raw.S3_BUCKET}` : `${apiPublicUrl}/media`)
      ).replace(/\/+$/, ''),
      s3: raw.S3_BUCKET
        ? {
            endpoint: raw.S3_ENDPOINT,
            region: raw.S3_REGION,
            bucket: raw.S3_BUCKET,
            accessKeyId: raw.S3_ACCESS_KEY_ID,
            secretAccessKey: raw.S3_SECRET_ACCESS_KEY,
          }
        : undefined,
    };
  }

  /** Embedded runs PGlite in-process; server mode talks to PostgreSQL (and Redis when configured). */
  get mode(): RunMode {
    return this.database.url ? 'server' : 'embedded';
  }

  get usesRedis(): boolean {
    return Boolean(this.redis.url);
  }
}

/** Parses the environment; throws a ConfigError naming each variable that is wrong and why. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const input = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const raw = parsed.data;
  const problems: string[] = [];
  if (raw.MEDIA_STORAGE === 's3' && !raw.S3_BUCKET) problems.push('S3_BUCKET: required when MEDIA_STORAGE is s3');
  if (raw.DATABASE_URL && !raw.JWT_SECRET) {
    problems.push('JWT_SECRET: required in server mode (DATABASE_URL is set)');
  }
  if (problems.length) throw new ConfigError(problems);
  return new AppConfig({ ...raw, JWT_SECRET: raw.JWT_SECRET ?? embeddedSecret(raw.DATA_DIR) });
}

/**
 * Embedded mode needs no set-up, so it keeps its own random signing secret beside its data: tokens stay
 * valid across restarts and no two installations share a secret.
 */
function embeddedSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
