import { DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Db } from './db.service';
import { openEmbeddedDatabase } from './embedded-database';
import { migrations } from './migrations';
import { runMigrations } from './migrate';
import { EmbeddedDriver, pglitePgModule } from './pglite-pool';
import { WORD_SIMILARITY_THRESHOLD } from './embedded-database';

// A calendar date is a date, not a moment: node-postgres would make it a Date at local midnight.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/**
 * TypeORM on PostgreSQL (`DATABASE_URL`) or on embedded PGlite: the same entities, the same
 * migrations, never `synchronize`. Entities register with `TypeOrmModule.forFeature` in their domain.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: async (config: AppConfig) => ({ ...(await dataSourceOptions(config)), autoLoadEntities: true }),
          dataSourceFactory: async (options) => connect(options as DataSourceOptions),
        }),
      ],
      providers: [Db],
      exports: [Db],
    };
  }
}

export async function dataSourceOptions(config: AppConfig): Promise<DataSourceOptions> {
  const embedded = config.mode === 'embedded';
  return {
    type: 'postgres',
    url: config.database.url,
    poolSize: config.database.poolSize,
    // PGlite is opened here and handed to TypeORM as a pg-shaped driver.
    ...(embedded ? { driver: pglitePgModule(await openEmbeddedDatabase(config.dataDir)) } : {}),
    // PGlite has no uuid-ossp; gen_random_uuid() is built into PostgreSQL 13+ and PGlite alike.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    synchronize: false,
    // Read by connect() below, which migrates under a lock after initialising.
    migrationsRun: config.database.migrateOnStart,
    migrations,
    migrationsTransactionMode: 'each',
    applicationName: 'tillpoint',
    // Search tolerates typos by trigram word similarity; 0.4 catches "sweter" for "Sweater" without noise.
    extra: { options: `-c pg_trgm.word_similarity_threshold=${WORD_SIMILARITY_THRESHOLD}` },
  };
}

async function connect(options: DataSourceOptions): Promise<DataSource> {
  const embedded = (options as { driver?: EmbeddedDriver }).driver;
  const dataSource = new DataSource({ ...options, migrationsRun: false });
  await dataSource.initialize();
  if (embedded) {
    const destroy = dataSource.destroy.bind(dataSource);
    // TypeORM does not own the PGlite instance; close it once TypeORM has let go of its sessions.
    dataSource.destroy = async () => {
      await destroy();
      await embedded.close();
    };
  }
  if (options.migrationsRun) {
    // One PGlite session cannot hold a lock and migrate at once; one process needs no lock anyway.
    const applied = await runMigrations(dataSource, { lock: !embedded });
    if (applied.length) new Logger('Database').log(`applied migrations: ${applied.join(', ')}`);
  }
  return dataSource;
}
