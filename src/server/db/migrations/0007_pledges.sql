CREATE TABLE "pledge" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"movement_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"collective_titles" text[] DEFAULT '{}'::text[] NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	"return_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pledge_movement_unit_unique" UNIQUE("movement_id","unit_id"),
	CONSTRAINT "pledge_status_check" CHECK ("pledge"."status" in ('draft', 'submitted', 'accepted', 'returned'))
);
--> statement-breakpoint
CREATE TABLE "pledge_person" (
	"pledge_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"titles" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "pledge_person_pledge_id_person_id_pk" PRIMARY KEY("pledge_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "pledge" ADD CONSTRAINT "pledge_movement_id_movement_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge" ADD CONSTRAINT "pledge_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_person" ADD CONSTRAINT "pledge_person_pledge_id_pledge_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledge"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_person" ADD CONSTRAINT "pledge_person_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pledge_unit_idx" ON "pledge" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "pledge_person_person_idx" ON "pledge_person" USING btree ("person_id");