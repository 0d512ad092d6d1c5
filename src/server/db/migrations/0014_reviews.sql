CREATE TABLE "review" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"movement_id" uuid NOT NULL,
	"milestone_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"review_date" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"achievements" text DEFAULT '' NOT NULL,
	"shortcomings" text DEFAULT '' NOT NULL,
	"lessons" text DEFAULT '' NOT NULL,
	"next_tasks" text DEFAULT '' NOT NULL,
	"figures" jsonb,
	"finalised_at" timestamp with time zone,
	"finalised_by" text,
	"created_by" text,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_kind_check" CHECK ("review"."kind" in ('interim', 'final')),
	CONSTRAINT "review_status_check" CHECK ("review"."status" in ('draft', 'finalised')),
	CONSTRAINT "review_finalised_check" CHECK (("review"."status" = 'draft') = ("review"."figures" IS NULL AND "review"."finalised_at" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "review" ADD CONSTRAINT "review_movement_id_movement_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review" ADD CONSTRAINT "review_milestone_id_movement_milestone_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."movement_milestone"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_movement_idx" ON "review" USING btree ("movement_id","review_date");--> statement-breakpoint
CREATE UNIQUE INDEX "review_milestone_unique" ON "review" USING btree ("milestone_id") WHERE "review"."milestone_id" IS NOT NULL;