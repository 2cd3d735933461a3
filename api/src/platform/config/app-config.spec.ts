import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';
import { configSchema } from './config.schema';

describe('configuration', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tp-config-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts embedded with defaults and a generated secret kept beside the data', () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config.mode).toBe('embedded');
    expect(config.usesRedis).toBe(false);
    expect(config.demoData).toBe(true);
    expect(config.http.port).toBe(9000);
    expect(config.auth.jwtSecret).toBe(readFileSync(join(dataDir, 'jwt-secret'), 'utf8'));
    expect(loadConfig({ DATA_DIR: dataDir }).auth.jwtSecret).toBe(config.auth.jwtSecret);
  });

  it('names every bad variable and says why', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', CORS_ORIGINS: 'http://a.test' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('LOG_LEVEL');
    expect(message).not.toContain('CORS_ORIGINS');
  });

  it('requires a JWT secret in server mode', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://localhost/shop' })).toThrow(/JWT_SECRET: required in server mode/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://localhost/shop', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET: must be at least 32/);
  });

  it('switches to server mode with DATABASE_URL and to Bull with REDIS_URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://localhost/shop',
      REDIS_URL: 'redis://localhost:6379',
      JWT_SECRET: 'x'.repeat(32),
    });
    expect(config.mode).toBe('server');
    expect(config.usesRedis).toBe(true);
    expect(config.demoData).toBe(false);
  });

  it('reads lists and booleans', () => {
    const config = loadConfig({
      DATA_DIR: dataDir,
      CORS_ORIGINS: 'https://a.test, https://b.test',
      TRUST_PROXY: 'true',
      DEMO_DATA: 'false',
    });
    expect(config.http.corsOrigins).toEqual(['https://a.test', 'https://b.test']);
    expect(config.http.trustProxy).toBe(true);
    expect(loadConfig({ DATA_DIR: dataDir }).http.trustProxy).toBe('loopback');
    expect(loadConfig({ DATA_DIR: dataDir, TRUST_PROXY: '10.0.0.0/8, loopback' }).http.trustProxy).toBe('10.0.0.0/8, loopback');
    expect(() => loadConfig({ DATA_DIR: dataDir, TRUST_PROXY: 'every;one' })).toThrow(/TRUST_PROXY/);
    expect(config.demoData).toBe(false);
  });

  it('documents every variable in the README table', () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    for (const name of Object.keys(configSchema.shape))
      expect({ name, documented: readme.includes(`| \`${name}\``) }).toEqual({ name, documented: true });
  });
});
