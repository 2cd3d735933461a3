import { dropLeftovers, ensureTemplate } from '../../src/testing/test-database';

/** Migrates the template database once, before the workers start copying it, and clears what old runs left. */
export default async function globalSetup(): Promise<void> {
  await dropLeftovers();
  await ensureTemplate();
}
