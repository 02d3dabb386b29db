import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from './schema-columns';
import { organizations, plans } from './schema-plans';

/** Accounts, roles, sessions and tokens; review comments; instance settings and the change counter. */
export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    login: text('login').notNull(),
    displayName: text('display_name').notNull(),
    orgId: integer('org_id').references(() => organizations.id, { onDelete: 'restrict' }),
    passwordHash: text('password_hash').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_login_key').on(t.login)],
);

/** A role over an organisation and all its descendants; `admin` is the planning office's, city-wide. */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    orgId: integer('org_id').references(() => organizations.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('role_grants_user_org_role_key').on(t.userId, t.orgId, t.role),
    check('role_grants_role_check', sql`${t.role} in ('admin', 'editor', 'reporter', 'viewer')`),
    check('role_grants_scope_check', sql`(${t.role} = 'admin') or (${t.orgId} is not null)`),
  ],
);

/** Server-side sessions (shared by every server process); the cookie holds only a random token. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Tokens for integrations: shown once, stored hashed, one organisation and role, revocable. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    /** Null for the CLI operator's tokens; a token goes with its creator (it never outlives them). */
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('api_tokens_hash_key').on(t.tokenHash),
    check('api_tokens_role_check', sql`${t.role} in ('editor', 'reporter', 'viewer')`),
  ],
);

/**
 * Wrong passwords in a row per folded login name — whether or not such an account exists, so the
 * answers do not tell — and per scope: `any` for browsers the account never signed in from, or
 * `device:<id>` for one of its known devices, so a stranger cannot lock the owner out. Ephemeral:
 * a row stops counting at `expires_at` and is then deleted (not in backups).
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    login: text('login').notNull(),
    scope: text('scope').notNull(),
    failures: integer('failures').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'login_failures_pkey', columns: [t.login, t.scope] }),
    index('login_failures_expires_idx').on(t.expiresAt),
  ],
);

/**
 * Browsers an account signed in from: the long-lived HttpOnly cookie `stratmap_device` holds a
 * random secret (a new one at every sign-in), the database only its SHA-256.
 */
export const knownDevices = pgTable(
  'known_devices',
  {
    id: serial('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('known_devices_hash_key').on(t.tokenHash),
    index('known_devices_user_idx').on(t.userId, t.lastUsedAt),
    index('known_devices_expires_idx').on(t.expiresAt),
  ],
);

/**
 * Fixed-window request counters shared by every server process (the sign-in limit per client
 * address). Ephemeral: rows past `window_ends_at` are deleted, and backups leave them out.
 */
export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    bucket: text('bucket').primaryKey(),
    hits: integer('hits').notNull(),
    windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limit_counters_window_idx').on(t.windowEndsAt)],
);

/** Review comments of the planning office on a plan, or on one element of it (by code). */
export const planComments = pgTable(
  'plan_comments',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    elementKind: text('element_kind'),
    elementCode: text('element_code'),
    body: text('body').notNull(),
    createdAt: createdAt(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [index('plan_comments_plan_idx').on(t.planId, t.createdAt)],
);

/** Instance-wide settings an administrator changes at run time (e.g. anonymous read access). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  version: version(),
  updatedAt: updatedAt(),
});

/**
 * One counter that every audited write increments in its own transaction. Readers compare it
 * with the value their cached answers were computed at, so caches stay correct across several
 * server processes (see src/services/shared/read-cache.ts).
 */
export const changeGeneration = pgTable('change_generation', {
  id: integer('id').primaryKey(),
  value: bigint('value', { mode: 'number' }).notNull(),
});
