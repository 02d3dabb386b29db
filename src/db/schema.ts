import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * One schema for PGlite and PostgreSQL. Editable rows carry `version` for optimistic
 * concurrency: an update names the version it read and loses (409) if someone else wrote since.
 */

const version = () => integer('version').notNull().default(1);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const organizations = pgTable(
  'organizations',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    /** The name folded for matching (台/臺, full/half width, spaces), unique. */
    nameKey: text('name_key').notNull(),
    parentId: integer('parent_id').references((): never => organizations.id as never, {
      onDelete: 'restrict',
    }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('organizations_name_key').on(t.nameKey),
    index('organizations_parent_idx').on(t.parentId),
  ],
);

export const plans = pgTable(
  'plans',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    title: text('title'),
    status: text('status').notNull().default('draft'),
    issuedOn: date('issued_on', { mode: 'string' }),
    mission: text('mission').notNull().default(''),
    vision: text('vision').notNull().default(''),
    coreValues: jsonb('core_values').$type<string[]>().notNull().default([]),
    perspectiveOrder: jsonb('perspective_order').$type<string[]>().notNull().default(['C', 'P', 'L', 'F']),
    /** Scoring settings as the plan states them (thresholds, cap, roll-up, perspective weights); null = defaults. */
    scoring: jsonb('scoring').$type<Record<string, unknown>>(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('plans_org_year_key').on(t.orgId, t.year),
    check('plans_status_check', sql`${t.status} in ('draft', 'submitted', 'approved', 'archived')`),
    check('plans_year_check', sql`${t.year} between 1 and 999`),
  ],
);

export const themes = pgTable(
  'themes',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    letter: text('letter').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
    cascadesFromOrgId: integer('cascades_from_org_id').references(() => organizations.id, {
      onDelete: 'restrict',
    }),
    cascadesFromLetter: text('cascades_from_letter'),
    cascadesFromYear: integer('cascades_from_year'),
    weight: doublePrecision('weight').notNull().default(1),
    version: version(),
  },
  (t) => [
    uniqueIndex('themes_plan_letter_key').on(t.planId, t.letter),
    check('themes_cascade_check', sql`(${t.cascadesFromOrgId} is null) = (${t.cascadesFromLetter} is null)`),
  ],
);

/** Lead (主功) and member (分組成員) organisations of a city theme, as the document names them. */
export const themeMembers = pgTable(
  'theme_members',
  {
    id: serial('id').primaryKey(),
    themeId: integer('theme_id')
      .notNull()
      .references(() => themes.id, { onDelete: 'cascade' }),
    orgName: text('org_name').notNull(),
    role: text('role').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    uniqueIndex('theme_members_theme_org_key').on(t.themeId, t.orgName),
    check('theme_members_role_check', sql`${t.role} in ('lead', 'member')`),
  ],
);

export const objectives = pgTable(
  'objectives',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    themeId: integer('theme_id').references(() => themes.id, { onDelete: 'restrict' }),
    code: text('code').notNull(),
    perspective: text('perspective').notNull(),
    name: text('name').notNull(),
    weight: doublePrecision('weight').notNull().default(1),
    position: integer('position').notNull().default(0),
    version: version(),
  },
  (t) => [
    uniqueIndex('objectives_plan_code_key').on(t.planId, t.code),
    index('objectives_theme_idx').on(t.themeId),
    check('objectives_perspective_check', sql`${t.perspective} in ('C', 'P', 'L', 'F')`),
  ],
);

export const ksfs = pgTable(
  'ksfs',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    objectiveId: integer('objective_id')
      .notNull()
      .references(() => objectives.id, { onDelete: 'cascade' }),
    code: text('code'),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
    version: version(),
  },
  (t) => [index('ksfs_objective_idx').on(t.objectiveId), index('ksfs_plan_idx').on(t.planId)],
);

export const kpis = pgTable(
  'kpis',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    objectiveId: integer('objective_id')
      .notNull()
      .references(() => objectives.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    formula: text('formula'),
    unit: text('unit'),
    polarity: text('polarity').notNull().default('higher'),
    /** Reporting frequency (year, half, quarter, month); null = once a year. */
    frequency: text('frequency'),
    baseline: doublePrecision('baseline'),
    weight: doublePrecision('weight').notNull().default(1),
    aggregate: text('aggregate').notNull().default('last'),
    /** Milestone stages `[{ name, percent }]`, in order. */
    stages: jsonb('stages').$type<{ name: string; percent: number }[]>(),
    tolerance: doublePrecision('tolerance'),
    position: integer('position').notNull().default(0),
    version: version(),
  },
  (t) => [
    uniqueIndex('kpis_plan_code_key').on(t.planId, t.code),
    index('kpis_objective_idx').on(t.objectiveId),
    check('kpis_polarity_check', sql`${t.polarity} in ('higher', 'lower', 'range', 'milestone')`),
    check('kpis_frequency_check', sql`${t.frequency} in ('year', 'half', 'quarter', 'month')`),
    check('kpis_aggregate_check', sql`${t.aggregate} in ('last', 'sum')`),
    check('kpis_weight_check', sql`${t.weight} >= 0`),
  ],
);

/**
 * Targets per KPI and period (`110`, `110H1`, `110Q1`, `110M01`): a value, a band (min–max) or a
 * milestone stage. `plan_id` repeats the KPI's plan so that a city's targets load in one query.
 */
export const kpiTargets = pgTable(
  'kpi_targets',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    kpiId: integer('kpi_id')
      .notNull()
      .references(() => kpis.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    value: doublePrecision('value'),
    min: doublePrecision('min'),
    max: doublePrecision('max'),
    stage: text('stage'),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('kpi_targets_kpi_period_key').on(t.kpiId, t.period),
    index('kpi_targets_plan_idx').on(t.planId),
  ],
);

/**
 * Actuals per KPI and period. `value` is what was reported or, for formula KPIs, what the
 * formula made of `inputs` (both kept, so the number can be checked later). A red result carries
 * its explanation and corrective action (改善措施).
 */
export const kpiActuals = pgTable(
  'kpi_actuals',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    kpiId: integer('kpi_id')
      .notNull()
      .references(() => kpis.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    value: doublePrecision('value'),
    stage: text('stage'),
    inputs: jsonb('inputs').$type<Record<string, number>>(),
    note: text('note'),
    evidence: text('evidence'),
    explanation: text('explanation'),
    correctiveAction: text('corrective_action'),
    reportedBy: text('reported_by'),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('kpi_actuals_kpi_period_key').on(t.kpiId, t.period),
    index('kpi_actuals_plan_idx').on(t.planId),
  ],
);

/** A period of a plan closed for entry by an administrator; results of it can no longer change. */
export const periodLocks = pgTable(
  'period_locks',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    lockedBy: text('locked_by').notNull(),
    lockedAt: timestamp('locked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('period_locks_plan_period_key').on(t.planId, t.period)],
);

export const actions = pgTable(
  'actions',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    kpiId: integer('kpi_id')
      .notNull()
      .references(() => kpis.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
    version: version(),
  },
  (t) => [uniqueIndex('actions_plan_code_key').on(t.planId, t.code), index('actions_kpi_idx').on(t.kpiId)],
);

export const links = pgTable(
  'links',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    fromObjectiveId: integer('from_objective_id')
      .notNull()
      .references(() => objectives.id, { onDelete: 'cascade' }),
    toObjectiveId: integer('to_objective_id')
      .notNull()
      .references(() => objectives.id, { onDelete: 'cascade' }),
  },
  (t) => [
    uniqueIndex('links_plan_from_to_key').on(t.planId, t.fromObjectiveId, t.toObjectiveId),
    check('links_not_self_check', sql`${t.fromObjectiveId} <> ${t.toObjectiveId}`),
  ],
);

/**
 * Append-only record of every change. No foreign keys on purpose: the trail must outlive the
 * rows it describes. The product never updates or deletes here (a trigger enforces it).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    orgId: integer('org_id'),
    planId: integer('plan_id'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_log_plan_idx').on(t.planId, t.at),
    index('audit_log_org_idx').on(t.orgId, t.at),
    index('audit_log_at_idx').on(t.at),
  ],
);

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    login: text('login').notNull(),
    displayName: text('display_name').notNull(),
    orgId: integer('org_id').references(() => organizations.id, { onDelete: 'restrict' }),
    passwordHash: text('password_hash').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
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
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('api_tokens_hash_key').on(t.tokenHash),
    check('api_tokens_role_check', sql`${t.role} in ('editor', 'reporter', 'viewer')`),
  ],
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
