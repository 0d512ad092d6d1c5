CREATE TABLE "council_ballot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"nominee_id" uuid NOT NULL,
	"choice" text NOT NULL,
	CONSTRAINT "council_ballot_choice_check" CHECK ("council_ballot"."choice" in ('yes', 'no'))
);
--> statement-breakpoint
CREATE TABLE "council_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"user_id" text NOT NULL,
	"position" text DEFAULT 'member' NOT NULL,
	"person_id" uuid,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_member_unique" UNIQUE("unit_id","year","user_id"),
	CONSTRAINT "council_member_position_check" CHECK ("council_member"."position" in ('chair', 'vice-chair', 'secretary', 'member')),
	CONSTRAINT "council_member_year_check" CHECK ("council_member"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "council_result" (
	"session_id" uuid NOT NULL,
	"nominee_id" uuid NOT NULL,
	"yes" integer NOT NULL,
	"no" integer NOT NULL,
	"not_voted" integer NOT NULL,
	"eligible_members" integer NOT NULL,
	"written_votes" integer NOT NULL,
	"needed" integer NOT NULL,
	"threshold_basis_points" integer NOT NULL,
	"threshold_rule" text NOT NULL,
	"threshold_source" text NOT NULL,
	"passed" boolean NOT NULL,
	"tallied_at" timestamp with time zone NOT NULL,
	CONSTRAINT "council_result_session_id_nominee_id_pk" PRIMARY KEY("session_id","nominee_id"),
	CONSTRAINT "council_result_rule_check" CHECK ("council_result"."threshold_rule" in ('at-least', 'more-than'))
);
--> statement-breakpoint
CREATE TABLE "council_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"member_count" integer,
	"present_count" integer,
	"opened_at" timestamp with time zone,
	"opened_by" text,
	"tallied_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_session_status_check" CHECK ("council_session"."status" in ('planned', 'open', 'tallied', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "council_session_dossier" (
	"session_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "council_session_dossier_session_id_dossier_id_pk" PRIMARY KEY("session_id","dossier_id")
);
--> statement-breakpoint
CREATE TABLE "council_session_member" (
	"session_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"position" text NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"present" boolean NOT NULL,
	CONSTRAINT "council_session_member_session_id_user_id_pk" PRIMARY KEY("session_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "council_vote_marker" (
	"session_id" uuid NOT NULL,
	"nominee_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"is_written" boolean DEFAULT false NOT NULL,
	CONSTRAINT "council_vote_marker_session_id_nominee_id_user_id_pk" PRIMARY KEY("session_id","nominee_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "public_comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_id" uuid NOT NULL,
	"item_id" uuid,
	"author_name" text,
	"contact" text,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"challenge_nonce" text NOT NULL,
	"sender_hash" text NOT NULL,
	"moderated_at" timestamp with time zone,
	"moderated_by" text,
	"moderation_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_comment_nonce_unique" UNIQUE("challenge_nonce"),
	CONSTRAINT "public_comment_status_check" CHECK ("public_comment"."status" in ('pending', 'approved', 'hidden'))
);
--> statement-breakpoint
CREATE TABLE "public_notice" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"session_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" text,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_notice_status_check" CHECK ("public_notice"."status" in ('draft', 'published', 'withdrawn')),
	CONSTRAINT "public_notice_period_check" CHECK ("public_notice"."starts_on" <= "public_notice"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "public_notice_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"nominee_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"unit_name" text NOT NULL,
	"position" text,
	"award_name" text NOT NULL,
	"achievement_summary" text DEFAULT '' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "public_notice_item_unique" UNIQUE("notice_id","nominee_id")
);
--> statement-breakpoint
ALTER TABLE "council_ballot" ADD CONSTRAINT "council_ballot_session_id_council_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_ballot" ADD CONSTRAINT "council_ballot_nominee_id_dossier_nominee_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."dossier_nominee"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_member" ADD CONSTRAINT "council_member_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_member" ADD CONSTRAINT "council_member_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_member" ADD CONSTRAINT "council_member_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_result" ADD CONSTRAINT "council_result_session_id_council_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_result" ADD CONSTRAINT "council_result_nominee_id_dossier_nominee_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."dossier_nominee"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_session" ADD CONSTRAINT "council_session_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_session_dossier" ADD CONSTRAINT "council_session_dossier_session_id_council_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_session_dossier" ADD CONSTRAINT "council_session_dossier_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_session_member" ADD CONSTRAINT "council_session_member_session_id_council_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_session_member" ADD CONSTRAINT "council_session_member_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_vote_marker" ADD CONSTRAINT "council_vote_marker_session_id_council_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_vote_marker" ADD CONSTRAINT "council_vote_marker_nominee_id_dossier_nominee_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."dossier_nominee"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_comment" ADD CONSTRAINT "public_comment_notice_id_public_notice_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."public_notice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_comment" ADD CONSTRAINT "public_comment_item_id_public_notice_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."public_notice_item"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_notice" ADD CONSTRAINT "public_notice_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_notice" ADD CONSTRAINT "public_notice_session_id_council_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_notice_item" ADD CONSTRAINT "public_notice_item_notice_id_public_notice_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."public_notice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_notice_item" ADD CONSTRAINT "public_notice_item_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_notice_item" ADD CONSTRAINT "public_notice_item_nominee_id_dossier_nominee_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."dossier_nominee"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "council_ballot_nominee_idx" ON "council_ballot" USING btree ("session_id","nominee_id");--> statement-breakpoint
CREATE INDEX "council_result_nominee_idx" ON "council_result" USING btree ("nominee_id");--> statement-breakpoint
CREATE INDEX "council_session_unit_idx" ON "council_session" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "council_session_dossier_idx" ON "council_session_dossier" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "public_comment_notice_idx" ON "public_comment" USING btree ("notice_id","status");--> statement-breakpoint
CREATE INDEX "public_comment_item_idx" ON "public_comment" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "public_notice_unit_idx" ON "public_notice" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "public_notice_public_idx" ON "public_notice" USING btree ("status","starts_on","ends_on");--> statement-breakpoint
CREATE INDEX "public_notice_item_dossier_idx" ON "public_notice_item" USING btree ("dossier_id");