CREATE TABLE "award_grant" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"award_code" text NOT NULL,
	"recipient_kind" text NOT NULL,
	"person_id" uuid,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"track" text DEFAULT 'regular' NOT NULL,
	"decision_number" text,
	"decision_date" date,
	"issuer" text,
	"golden_book_number" text,
	"status" text DEFAULT 'valid' NOT NULL,
	"revoked_on" date,
	"revoke_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "award_grant_recipient_check" CHECK ("award_grant"."recipient_kind" in ('individual', 'collective', 'household')),
	CONSTRAINT "award_grant_status_check" CHECK ("award_grant"."status" in ('valid', 'revoked'))
);
--> statement-breakpoint
CREATE TABLE "initiative" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"title_search" text GENERATED ALWAYS AS (tdkt_fold(title)) STORED,
	"unit_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"decision_number" text,
	"recognized_on" date NOT NULL,
	"summary" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_scope_check" CHECK ("initiative"."scope" in ('grassroots', 'province', 'national'))
);
--> statement-breakpoint
CREATE TABLE "initiative_author" (
	"initiative_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_author_initiative_id_person_id_pk" PRIMARY KEY("initiative_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_use" (
	"initiative_id" uuid NOT NULL,
	"award_grant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_use_initiative_id_award_grant_id_pk" PRIMARY KEY("initiative_id","award_grant_id")
);
--> statement-breakpoint
CREATE TABLE "law_override" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"target" text NOT NULL,
	"value" jsonb NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"source" text NOT NULL,
	"note" text,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "award_grant" ADD CONSTRAINT "award_grant_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_grant" ADD CONSTRAINT "award_grant_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_author" ADD CONSTRAINT "initiative_author_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_author" ADD CONSTRAINT "initiative_author_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_use" ADD CONSTRAINT "initiative_use_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_use" ADD CONSTRAINT "initiative_use_award_grant_id_award_grant_id_fk" FOREIGN KEY ("award_grant_id") REFERENCES "public"."award_grant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "award_grant_person_idx" ON "award_grant" USING btree ("person_id","year");--> statement-breakpoint
CREATE INDEX "award_grant_unit_idx" ON "award_grant" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "award_grant_award_idx" ON "award_grant" USING btree ("award_code","year");--> statement-breakpoint
CREATE INDEX "initiative_unit_idx" ON "initiative" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "initiative_author_person_idx" ON "initiative_author" USING btree ("person_id");