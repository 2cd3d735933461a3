import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { PasswordHasher } from './auth/passwords/password-hasher';
import { DEMO_STAFF, DEMO_STAFF_PASSWORD } from './demo/demo-data';
import { DEMO_PRODUCTS, DemoSeeder } from './demo/demo-seeder.service';
import { DemoCatalogSeeder } from './demo/catalog/demo-catalog.seeder';
import { loadConfig } from './platform/config/app-config';
import { Db } from './platform/database/db.service';
import { runMigrations } from './platform/database/migrate';

const usage = `Usage: node dist/cli.js <command>
  migrate                                   apply pending migrations
  seed [--products N] [--no-images] [--variants-each V]
                                            load the demo data (idempotent); N products (210 by default)
  create-owner --email E --name N [--password P]
                                            create the first owner (prints a password when none is given)`;

/** Operator commands against the configured database (embedded or DATABASE_URL). */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      products: { type: 'string' },
      'variants-each': { type: 'string' },
      'no-images': { type: 'boolean' },
    },
  });
  const command = positionals[0];
  if (!command || !['migrate', 'seed', 'create-owner'].includes(command)) throw new Error(usage);
  const config = loadConfig({ ...process.env, MIGRATE_ON_START: 'false', DEMO_DATA: 'false' });
  const app = await NestFactory.createApplicationContext(AppModule.register(config, 'cli'), { logger: ['error', 'warn'] });
  try {
    const db = app.get(Db);
    const applied = await runMigrations(db.dataSource, { lock: config.mode === 'server' });
    if (applied.length) console.log(`applied migrations: ${applied.join(', ')}`);
    if (command === 'seed') {
      const count = values.products ? Number(values.products) : DEMO_PRODUCTS;
      if (!Number.isInteger(count) || count < 1 || count > 200_000) throw new Error('--products takes a whole number from 1 to 200000');
      const variantsEach = values['variants-each'] === undefined ? undefined : Number(values['variants-each']);
      if (variantsEach !== undefined && !(Number.isInteger(variantsEach) && variantsEach >= 1 && variantsEach <= 20))
        throw new Error('--variants-each takes a whole number from 1 to 20');
      await app.get(DemoSeeder).seed();
      await app.get(DemoCatalogSeeder).seed({
        count,
        images: !values['no-images'],
        variantsEach,
        onProgress: (done, total) => process.stdout.write(`\rcatalog: ${done} / ${total} products`),
      });
      console.log(`\ndemo data loaded; staff sign in as ${DEMO_STAFF[0].email} / ${DEMO_STAFF_PASSWORD}`);
    }
    if (command === 'create-owner') await createOwner(db, app.get(PasswordHasher), values);
  } finally {
    await app.close();
  }
}

async function createOwner(db: Db, hasher: PasswordHasher, values: { email?: string; name?: string; password?: string }): Promise<void> {
  if (!values.email || !values.name) throw new Error(usage);
  const email = values.email.trim().toLowerCase();
  const password = values.password ?? randomBytes(12).toString('base64url');
  if (password.length < 10) throw new Error('The password needs at least 10 characters.');
  const rows: unknown[] = await db.manager.query(
    `INSERT INTO staff_users (email, name, role, status, password_hash) VALUES ($1, $2, 'owner', 'active', $3)
     ON CONFLICT (email) DO NOTHING RETURNING id`,
    [email, values.name.trim(), await hasher.hash(password)],
  );
  if (!rows.length) throw new Error(`A staff user with the email ${email} exists already.`);
  console.log(`owner ${email} created${values.password ? '' : `; password: ${password}`}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
