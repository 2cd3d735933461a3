import { Foundation1764115200000 } from './1764115200000-foundation';

/** Every migration, in order. Listed explicitly so the built app, the CLI and Jest load the same set. */
export const migrations = [Foundation1764115200000];
