import { integer, timestamp } from 'drizzle-orm/pg-core';

/** Columns every editable table repeats. `version` is for optimistic concurrency (a stale write is a 409). */
export const version = () => integer('version').notNull().default(1);
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
