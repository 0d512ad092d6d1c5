CREATE TABLE "movement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"parent_movement_id" uuid,
	"kind" text DEFAULT 'regular' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"title_search" text GENERATED ALWAYS AS (tdkt_fold(title)) STORED,
	"year" integer NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"related_movements" text[] DEFAULT '{}'::text[] NOT NULL,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"doc_number" text,
	"doc_date" date,
	"doc_place" text,
	"doc_issuer" text,
	"doc_parent_issuer" text,
	"doc_type" text,
	"signer_authority" text,
	"signer_position" text,
	"signer_name" text,
	"launched_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "movement_kind_check" CHECK ("movement"."kind" in ('regular', 'thematic')),
	CONSTRAINT "movement_status_check" CHECK ("movement"."status" in ('draft', 'launched', 'closed')),
	CONSTRAINT "movement_dates_check" CHECK ("movement"."ends_on" IS NULL OR "movement"."starts_on" IS NULL OR "movement"."ends_on" >= "movement"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "movement_milestone" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"movement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	CONSTRAINT "movement_milestone_kind_check" CHECK ("movement_milestone"."kind" in ('pledge-deadline', 'interim-review', 'final-review', 'other'))
);
--> statement-breakpoint
CREATE TABLE "movement_participant" (
	"movement_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "movement_participant_movement_id_unit_id_pk" PRIMARY KEY("movement_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "movement_task" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"movement_id" uuid NOT NULL,
	"number" text,
	"text" text NOT NULL,
	"field" text,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_read" (
	"notification_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_read_notification_id_user_id_pk" PRIMARY KEY("notification_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "movement" ADD CONSTRAINT "movement_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement" ADD CONSTRAINT "movement_parent_movement_id_movement_id_fk" FOREIGN KEY ("parent_movement_id") REFERENCES "public"."movement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_milestone" ADD CONSTRAINT "movement_milestone_movement_id_movement_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_participant" ADD CONSTRAINT "movement_participant_movement_id_movement_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_participant" ADD CONSTRAINT "movement_participant_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_task" ADD CONSTRAINT "movement_task_movement_id_movement_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_read" ADD CONSTRAINT "notification_read_notification_id_notification_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notification"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_read" ADD CONSTRAINT "notification_read_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "movement_unit_idx" ON "movement" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "movement_parent_idx" ON "movement" USING btree ("parent_movement_id");--> statement-breakpoint
CREATE INDEX "movement_year_status_idx" ON "movement" USING btree ("year","status");--> statement-breakpoint
CREATE INDEX "movement_status_idx" ON "movement" USING btree ("status");--> statement-breakpoint
CREATE INDEX "movement_newest_idx" ON "movement" USING btree (coalesce("launched_at", "created_at") DESC);--> statement-breakpoint
CREATE INDEX "movement_title_search_trgm" ON "movement" USING gin ("title_search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "movement_milestone_movement_idx" ON "movement_milestone" USING btree ("movement_id","due_on");--> statement-breakpoint
CREATE INDEX "movement_participant_unit_idx" ON "movement_participant" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "movement_task_movement_idx" ON "movement_task" USING btree ("movement_id","sort_order");--> statement-breakpoint
CREATE INDEX "notification_unit_created_idx" ON "notification" USING btree ("unit_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notification_read_user_idx" ON "notification_read" USING btree ("user_id");