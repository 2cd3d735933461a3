import type { Server, ServerResponse } from 'node:http';
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
  const open = options.server ? trackResponses(options.server) : new Set<ServerResponse>();
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, options.timeoutMs + 5_000);
    deadline.unref();
    if (options.server) await drain(options.server, open, options.timeoutMs);
    await app.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));
}

/** The responses not yet finished, so shutdown can ask their clients to close the connection after them. */
function trackResponses(server: Server): Set<ServerResponse> {
  const open = new Set<ServerResponse>();
  server.on('request', (_request, response: ServerResponse) => {
    open.add(response);
    response.once('close', () => open.delete(response));
  });
  return open;
}

async function drain(server: Server, open: Set<ServerResponse>, timeoutMs: number): Promise<void> {
  for (const response of open) if (!response.headersSent) response.setHeader('Connection', 'close');
  server.on('request', (_request, response: ServerResponse) => response.setHeader('Connection', 'close'));
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
  const timer = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref());
  await Promise.race([closed, timer]);
  clearInterval(idleSweep);
  server.closeAllConnections();
}
