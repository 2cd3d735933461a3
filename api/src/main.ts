import 'reflect-metadata';
import type { Server } from 'node:http';
import { createHttpApp } from './bootstrap/http-app';
import { installGracefulShutdown } from './bootstrap/graceful-shutdown';
import { ConfigError, loadConfig } from './platform/config/app-config';

/** The HTTP API process. In embedded mode it also runs the background jobs. */
async function main(): Promise<void> {
  const config = loadConfig();
  const { app, logger } = await createHttpApp(config);
  await app.listen(config.http.port, config.http.host);
  const server = app.getHttpServer() as Server;
  installGracefulShutdown(app, logger, { timeoutMs: config.shutdownTimeoutMs, server });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  logger.info(
    { port, mode: config.mode, queues: config.usesRedis ? 'bull' : 'in-process' },
    `Tillpoint API listening on http://localhost:${port}`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
