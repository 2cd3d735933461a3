import { ensureTemplate } from '../../src/testing/test-database';

/** Migrates the template database once, before the workers start copying it. */
export default async function globalSetup(): Promise<void> {
  await ensureTemplate();
}
