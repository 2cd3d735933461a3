import type { Server } from 'node:http';
import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';

/**
 * On SIGTERM or SIGINT: stop accepting connections, let requests in flight finish (keep-alive
 * connections are closed as soon as they are idle), then run Nest's shutdown hooks, which wait for
 * jobs in hand and close the database. After `timeoutMs`, whatever is left is cut.
 */
export function installGracefulShutdown(
  app: INestApplicationContext,
  logger: Logger,
  options: { timeoutMs: number; server?: Server },
): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, options.timeoutMs + 5_000);
    deadline.unref();
    if (options.server) await drain(options.server, options.timeoutMs);
    await app.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));
}

async function drain(server: Server, timeoutMs: number): Promise<void> {
  // Responses still being written ask their clients to close the connection after them.
  server.on('request', (_request, response) => response.setHeader('Connection', 'close'));
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
  const timer = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref());
  await Promise.race([closed, timer]);
  clearInterval(idleSweep);
  server.closeAllConnections();
}
