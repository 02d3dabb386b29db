import {
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
import { updatedAt, version } from './schema-columns';
import { kpis, plans } from './schema-plans';

// Tracking: targets and actuals per KPI and period, and periods closed for entry.

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
