CREATE TABLE "certificate_job" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_number" text NOT NULL,
	"issuer" text,
	"status" text DEFAULT 'running' NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"error" text,
	"file" "bytea",
	"created_by" text NOT NULL,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificate_job_status_check" CHECK ("certificate_job"."status" in ('running', 'done', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "document_template" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"file_name" text NOT NULL,
	"file" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"note" text,
	"uploaded_by" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_template_key_version_unique" UNIQUE("key","version")
);
--> statement-breakpoint
CREATE TABLE "issued_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"template_version" integer NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_id" text NOT NULL,
	"file_name" text NOT NULL,
	"file" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "movement_indicator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"movement_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"measure_unit" text NOT NULL,
	"direction" text NOT NULL,
	"field" text NOT NULL,
	"task_id" uuid,
	"period_kind" text DEFAULT 'quarter' NOT NULL,
	"baseline" numeric(20, 4),
	"description" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_by" text,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "movement_indicator_code_unique" UNIQUE("movement_id","code"),
	CONSTRAINT "movement_indicator_direction_check" CHECK ("movement_indicator"."direction" in ('higher-better', 'lower-better')),
	CONSTRAINT "movement_indicator_period_check" CHECK ("movement_indicator"."period_kind" in ('year', 'quarter', 'month'))
);
--> statement-breakpoint
CREATE TABLE "target_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"movement_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"period" text NOT NULL,
	"actual" numeric(20, 4) NOT NULL,
	"evidence" text,
	"evidence_file_id" uuid,
	"reported_by" text,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "target_report_indicator_unit_period_unique" UNIQUE("indicator_id","unit_id","period"),
	CONSTRAINT "target_report_period_check" CHECK ("target_report"."period" ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$')
);
--> statement-breakpoint
CREATE TABLE "unit_target" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"movement_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"planned" numeric(20, 4) NOT NULL,
	"note" text,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_target_indicator_unit_unique" UNIQUE("indicator_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "movement_indicator" ADD CONSTRAINT "movement_indicator_movement_id_movement_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_indicator" ADD CONSTRAINT "movement_indicator_task_id_movement_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."movement_task"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_report" ADD CONSTRAINT "target_report_movement_id_movement_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_report" ADD CONSTRAINT "target_report_indicator_id_movement_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."movement_indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_report" ADD CONSTRAINT "target_report_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_target" ADD CONSTRAINT "unit_target_movement_id_movement_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_target" ADD CONSTRAINT "unit_target_indicator_id_movement_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."movement_indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_target" ADD CONSTRAINT "unit_target_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certificate_job_created_idx" ON "certificate_job" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "document_template_one_active" ON "document_template" USING btree ("key") WHERE "document_template"."active";--> statement-breakpoint
CREATE INDEX "issued_document_owner_idx" ON "issued_document" USING btree ("owner_kind","owner_id","created_at");--> statement-breakpoint
CREATE INDEX "movement_indicator_movement_idx" ON "movement_indicator" USING btree ("movement_id","sort_order");--> statement-breakpoint
CREATE INDEX "target_report_movement_unit_idx" ON "target_report" USING btree ("movement_id","unit_id");--> statement-breakpoint
CREATE INDEX "unit_target_movement_unit_idx" ON "unit_target" USING btree ("movement_id","unit_id");