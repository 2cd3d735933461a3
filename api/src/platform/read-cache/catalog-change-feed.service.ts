import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '../config/app-config';
import { ReadCache } from './read-cache';

/** The channel the catalog-change triggers notify (see the CatalogChangeNotifications migration). */
export const CATALOG_CHANNEL = 'tillpoint_catalog';
/** How the feed's connection shows in pg_stat_activity. */
export const FEED_APPLICATION_NAME = 'tillpoint-catalog-feed';
const RETRY_MS = { first: 500, max: 30_000 };

/**
 * Listens on its own connection for committed catalog changes and flushes the read cache on each. When the
 * connection drops the cache is suspended (reads go to the database) until listening again.
 */
@Injectable()
export class CatalogChangeFeed implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(CatalogChangeFeed.name);
  private client: Client | null = null;
  private retryMs = RETRY_MS.first;
  private retryTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly config: AppConfig,
    private readonly cache: ReadCache,
  ) {}

  async onModuleInit(): Promise<void> {
    // PGlite has no second connection to listen on, so embedded mode does not cache (it serves one shopper at a time anyway).
    if (this.config.mode !== 'server') return;
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.cache.setLive(false);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.config.database.url, application_name: FEED_APPLICATION_NAME });
    client.on('notification', () => this.cache.flush());
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CATALOG_CHANNEL}`);
      this.client = client;
      this.retryMs = RETRY_MS.first;
      this.cache.setLive(true);
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  private lost(client: Client, error?: Error): void {
    if (this.client && this.client !== client) return;
    this.client = null;
    this.cache.setLive(false);
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    if (this.stopped || this.retryTimer) return;
    this.logger.warn(`catalog change feed lost (${error?.message ?? 'connection ended'}); public reads bypass the cache until it is back`);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MS.max);
  }
}
