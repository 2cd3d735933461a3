import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { installGracefulShutdown } from './bootstrap/graceful-shutdown';
import { ConfigError, loadConfig } from './platform/config/app-config';
import { createRootLogger, PinoNestLogger } from './platform/logging/logger';

/** The worker process of server mode: relays the outbox and runs Bull jobs. Needs REDIS_URL. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createRootLogger(config.logLevel).child({ process: 'worker' });
  const app = await NestFactory.createApplicationContext(AppModule.register(config, 'worker'), {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  await app.init();
  installGracefulShutdown(app, logger, { timeoutMs: config.shutdownTimeoutMs });
  logger.info({ concurrency: config.queue.concurrency }, 'Tillpoint worker running');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(error instanceof ConfigError ? 78 : 1);
});
