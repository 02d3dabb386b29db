CREATE TABLE "change_generation" (
	"id" integer PRIMARY KEY NOT NULL,
	"value" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "change_generation" ("id", "value") VALUES (1, 0);
