/**
 * One schema for PGlite and PostgreSQL (drizzle-kit reads this file). Editable rows carry
 * `version` for optimistic concurrency: an update names the version it read and loses (409) if
 * someone else wrote since.
 */
export * from './schema-accounts';
export * from './schema-plans';
export * from './schema-tracking';
