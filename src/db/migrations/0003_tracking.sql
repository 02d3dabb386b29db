CREATE TABLE "kpi_actuals" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"kpi_id" integer NOT NULL,
	"period" text NOT NULL,
	"value" double precision,
	"stage" text,
	"inputs" jsonb,
	"note" text,
	"evidence" text,
	"explanation" text,
	"corrective_action" text,
	"reported_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"kpi_id" integer NOT NULL,
	"period" text NOT NULL,
	"value" double precision,
	"min" double precision,
	"max" double precision,
	"stage" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "period_locks" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"period" text NOT NULL,
	"locked_by" text NOT NULL,
	"locked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kpis" ADD COLUMN "polarity" text DEFAULT 'higher' NOT NULL;--> statement-breakpoint
ALTER TABLE "kpis" ADD COLUMN "frequency" text;--> statement-breakpoint
ALTER TABLE "kpis" ADD COLUMN "baseline" double precision;--> statement-breakpoint
ALTER TABLE "kpis" ADD COLUMN "weight" double precision DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "kpis" ADD COLUMN "aggregate" text DEFAULT 'last' NOT NULL;--> statement-breakpoint
ALTER TABLE "kpis" ADD COLUMN "stages" jsonb;--> statement-breakpoint
ALTER TABLE "kpis" ADD COLUMN "tolerance" double precision;--> statement-breakpoint
ALTER TABLE "objectives" ADD COLUMN "weight" double precision DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "scoring" jsonb;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "weight" double precision DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_actuals" ADD CONSTRAINT "kpi_actuals_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_actuals" ADD CONSTRAINT "kpi_actuals_kpi_id_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_targets" ADD CONSTRAINT "kpi_targets_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_targets" ADD CONSTRAINT "kpi_targets_kpi_id_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_locks" ADD CONSTRAINT "period_locks_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_actuals_kpi_period_key" ON "kpi_actuals" USING btree ("kpi_id","period");--> statement-breakpoint
CREATE INDEX "kpi_actuals_plan_idx" ON "kpi_actuals" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_targets_kpi_period_key" ON "kpi_targets" USING btree ("kpi_id","period");--> statement-breakpoint
CREATE INDEX "kpi_targets_plan_idx" ON "kpi_targets" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "period_locks_plan_period_key" ON "period_locks" USING btree ("plan_id","period");--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_polarity_check" CHECK ("kpis"."polarity" in ('higher', 'lower', 'range', 'milestone'));--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_frequency_check" CHECK ("kpis"."frequency" in ('year', 'half', 'quarter', 'month'));--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_aggregate_check" CHECK ("kpis"."aggregate" in ('last', 'sum'));--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_weight_check" CHECK ("kpis"."weight" >= 0);