import { InitialSchema20261127000000 } from './20261127000000-initial-schema.js';

/** Every migration in order. Listed explicitly so the compiled service and the tests run the same set. */
export const migrationsList = [{ name: '20261127000000-initial-schema', class: InitialSchema20261127000000 }];
