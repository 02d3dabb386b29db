import { sql } from 'drizzle-orm';
import {
  bigserial,
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
import { createdAt, updatedAt, version } from './schema-columns';

/** Organisations, plans and every element of a plan, and the audit trail. */
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
    /** What the plan says beside the formula (「以上各數均含保留款」), kept apart from it. */
    note: text('note'),
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
