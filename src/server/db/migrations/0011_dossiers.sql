CREATE TABLE "assessment_round" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"block_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"self_due_on" date,
	"review_due_on" date,
	"explanation_due_on" date,
	"final_due_on" date,
	"locked_at" timestamp with time zone,
	"locked_by" text,
	"flag_dossier_id" uuid,
	"flag_unit_id" uuid,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_round_block_unique" UNIQUE("block_id"),
	CONSTRAINT "assessment_round_status_check" CHECK ("assessment_round"."status" in ('open', 'locked'))
);
--> statement-breakpoint
CREATE TABLE "assessment_score" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_assessment_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"self_value" numeric(10, 2),
	"self_score" numeric(10, 2),
	"evidence" text,
	"evidence_file_id" uuid,
	"reviewed_value" numeric(10, 2),
	"reviewed_score" numeric(10, 2),
	"review_reason" text,
	"explanation" text,
	"final_value" numeric(10, 2),
	"final_score" numeric(10, 2),
	"final_reason" text,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_score_unique" UNIQUE("unit_assessment_id","criterion_id")
);
--> statement-breakpoint
CREATE TABLE "block_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"block_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "block_member_unique" UNIQUE("block_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "emulation_block" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text DEFAULT 'block' NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"organiser_unit_id" uuid NOT NULL,
	"head_unit_id" uuid,
	"deputy_unit_id" uuid,
	"rotation_note" text,
	"movement_id" uuid,
	"show_details_to_members" boolean DEFAULT false NOT NULL,
	"covenant_signed_on" date,
	"covenant_note" text,
	"covenant_file_id" uuid,
	"created_by" text,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_block_year_name_unique" UNIQUE("year","name"),
	CONSTRAINT "emulation_block_kind_check" CHECK ("emulation_block"."kind" in ('block', 'cluster')),
	CONSTRAINT "emulation_block_year_check" CHECK ("emulation_block"."year" between 2000 and 2100),
	CONSTRAINT "emulation_block_head_deputy_check" CHECK ("emulation_block"."head_unit_id" is distinct from "emulation_block"."deputy_unit_id")
);
--> statement-breakpoint
CREATE TABLE "score_criterion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sheet_id" uuid NOT NULL,
	"parent_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"role" text DEFAULT 'regular' NOT NULL,
	"max_points" numeric(10, 2) DEFAULT 0 NOT NULL,
	"points_per_occurrence" numeric(10, 2),
	"no_target_rule" text DEFAULT 'exclude' NOT NULL,
	"indicator_id" uuid,
	"guidance" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "score_criterion_kind_check" CHECK ("score_criterion"."kind" in ('group', 'manual', 'achieved', 'per-occurrence', 'target')),
	CONSTRAINT "score_criterion_role_check" CHECK ("score_criterion"."role" in ('regular', 'bonus', 'penalty')),
	CONSTRAINT "score_criterion_no_target_check" CHECK ("score_criterion"."no_target_rule" in ('exclude', 'zero')),
	CONSTRAINT "score_criterion_max_check" CHECK ("score_criterion"."max_points" >= 0)
);
--> statement-breakpoint
CREATE TABLE "score_sheet" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"block_id" uuid NOT NULL,
	"title" text NOT NULL,
	"max_points" numeric(10, 2) NOT NULL,
	"copied_from_sheet_id" uuid,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "score_sheet_block_unique" UNIQUE("block_id")
);
--> statement-breakpoint
CREATE TABLE "unit_assessment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text DEFAULT 'self-assessment' NOT NULL,
	"reviewer_unit_id" uuid,
	"self_total" numeric(10, 2),
	"reviewed_total" numeric(10, 2),
	"final_total" numeric(10, 2),
	"rank" integer,
	"self_submitted_at" timestamp with time zone,
	"self_submitted_by" text,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" text,
	"explained_at" timestamp with time zone,
	"explained_by" text,
	"finalized_at" timestamp with time zone,
	"finalized_by" text,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_assessment_round_unit_unique" UNIQUE("round_id","unit_id"),
	CONSTRAINT "unit_assessment_status_check" CHECK ("unit_assessment"."status" in ('self-assessment', 'block-review', 'explanation', 'final-review', 'locked')),
	CONSTRAINT "unit_assessment_no_self_review_check" CHECK ("unit_assessment"."reviewer_unit_id" is distinct from "unit_assessment"."unit_id")
);
--> statement-breakpoint
CREATE TABLE "decision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"issuer_unit_id" uuid NOT NULL,
	"issuer_name" text NOT NULL,
	"parent_issuer" text,
	"symbol" text DEFAULT 'QĐ-UBND' NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"number" integer,
	"number_text" text,
	"decision_date" date NOT NULL,
	"subject" text NOT NULL,
	"legal_bases" text[] DEFAULT '{}'::text[] NOT NULL,
	"proposed_by" text DEFAULT '' NOT NULL,
	"signer_authority" text DEFAULT '' NOT NULL,
	"signer_position" text DEFAULT '' NOT NULL,
	"signer_name" text DEFAULT '' NOT NULL,
	"recipients" text[] DEFAULT '{}'::text[] NOT NULL,
	"total_amount" bigint DEFAULT 0 NOT NULL,
	"issued_at" timestamp with time zone,
	"issued_by" text,
	"document_id" uuid,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_issuer_year_number_unique" UNIQUE("issuer_unit_id","year","number"),
	CONSTRAINT "decision_status_check" CHECK ("decision"."status" in ('draft', 'issued')),
	CONSTRAINT "decision_number_check" CHECK (("decision"."status" = 'draft' and "decision"."number" is null) or ("decision"."status" = 'issued' and "decision"."number" is not null))
);
--> statement-breakpoint
CREATE TABLE "decision_dossier" (
	"decision_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	CONSTRAINT "decision_dossier_decision_id_dossier_id_pk" PRIMARY KEY("decision_id","dossier_id"),
	CONSTRAINT "decision_dossier_dossier_unique" UNIQUE("dossier_id")
);
--> statement-breakpoint
CREATE TABLE "decision_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"nominee_id" uuid NOT NULL,
	"award_code" text NOT NULL,
	"recipient_kind" text NOT NULL,
	"person_id" uuid,
	"unit_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"position_unit" text DEFAULT '' NOT NULL,
	"coefficient" numeric(6, 3) NOT NULL,
	"base_salary" integer NOT NULL,
	"prize_amount" bigint NOT NULL,
	"award_grant_id" uuid,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_entry_nominee_unique" UNIQUE("decision_id","nominee_id"),
	CONSTRAINT "decision_entry_amount_check" CHECK ("decision_entry"."prize_amount" >= 0),
	CONSTRAINT "decision_entry_kind_check" CHECK ("decision_entry"."recipient_kind" in ('individual', 'collective', 'household'))
);
--> statement-breakpoint
CREATE TABLE "decision_extra" (
	"decision_id" uuid PRIMARY KEY NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "number_sequence" (
	"issuer_unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"next_value" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "number_sequence_issuer_unit_id_kind_year_pk" PRIMARY KEY("issuer_unit_id","kind","year"),
	CONSTRAINT "number_sequence_kind_check" CHECK ("number_sequence"."kind" in ('decision', 'golden-book')),
	CONSTRAINT "number_sequence_next_check" CHECK ("number_sequence"."next_value" >= 1)
);
--> statement-breakpoint
CREATE TABLE "dossier" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"movement_id" uuid,
	"track" text NOT NULL,
	"award_code" text NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"cover_letter" text DEFAULT '' NOT NULL,
	"meeting_held_on" date,
	"meeting_minutes" text DEFAULT '' NOT NULL,
	"voters_total" integer,
	"voters_present" integer,
	"voters_agree" integer,
	"last_reason" text,
	"submitted_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"due_on" date,
	"processing_days" integer,
	"return_count" integer DEFAULT 0 NOT NULL,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_track_check" CHECK ("dossier"."track" in ('regular', 'ad-hoc', 'thematic', 'long-service')),
	CONSTRAINT "dossier_status_check" CHECK ("dossier"."status" in ('draft', 'submitted', 'received', 'appraisal', 'returned', 'resubmitted', 'council',
        'public-notice', 'decided', 'rejected', 'withdrawn')),
	CONSTRAINT "dossier_thematic_movement_check" CHECK ("dossier"."track" <> 'thematic' or "dossier"."movement_id" is not null),
	CONSTRAINT "dossier_votes_check" CHECK (("dossier"."voters_present" is null or "dossier"."voters_present" >= 0) and ("dossier"."voters_agree" is null or "dossier"."voters_agree" >= 0)
        and ("dossier"."voters_present" is null or "dossier"."voters_agree" is null or "dossier"."voters_agree" <= "dossier"."voters_present")
        and ("dossier"."voters_total" is null or "dossier"."voters_present" is null or "dossier"."voters_present" <= "dossier"."voters_total"))
);
--> statement-breakpoint
CREATE TABLE "dossier_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"nominee_id" uuid,
	"file_id" uuid NOT NULL,
	"kind" text DEFAULT 'other' NOT NULL,
	"label" text NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_attachment_kind_check" CHECK ("dossier_attachment"."kind" in ('cover-letter', 'minutes', 'report', 'initiative-certificate', 'photo', 'other'))
);
--> statement-breakpoint
CREATE TABLE "dossier_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dossier_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dossier_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"action" text NOT NULL,
	"actor_user_id" text,
	"actor_label" text,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_nominee" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"household_name" text,
	"position" text,
	"achievement_summary" text DEFAULT '' NOT NULL,
	"achievement_report_html" text DEFAULT '' NOT NULL,
	"initiative_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"basis_grant_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"submission_verdict" jsonb,
	"submission_verdict_at" timestamp with time zone,
	"appraisal_verdict" jsonb,
	"appraisal_verdict_at" timestamp with time zone,
	"attestations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"engine_status" text,
	"override_status" text,
	"override_reason" text,
	"override_by" text,
	"override_at" timestamp with time zone,
	"verdict_status" text,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_nominee_kind_check" CHECK ("dossier_nominee"."kind" in ('individual', 'collective', 'household')),
	CONSTRAINT "dossier_nominee_target_check" CHECK (("dossier_nominee"."kind" = 'individual' and "dossier_nominee"."person_id" is not null)
        or ("dossier_nominee"."kind" = 'collective' and "dossier_nominee"."unit_id" is not null)
        or ("dossier_nominee"."kind" = 'household' and "dossier_nominee"."household_name" is not null)),
	CONSTRAINT "dossier_nominee_override_check" CHECK ("dossier_nominee"."override_status" is null or ("dossier_nominee"."override_status" in ('eligible', 'ineligible') and "dossier_nominee"."override_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "public_holiday" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"date" date NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'holiday' NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_holiday_date_unique" UNIQUE("date"),
	CONSTRAINT "public_holiday_kind_check" CHECK ("public_holiday"."kind" in ('holiday', 'working-day')),
	CONSTRAINT "public_holiday_year_check" CHECK ("public_holiday"."year" = extract(year from "public_holiday"."date"))
);
--> statement-breakpoint
ALTER TABLE "assessment_round" ADD CONSTRAINT "assessment_round_block_id_emulation_block_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."emulation_block"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_round" ADD CONSTRAINT "assessment_round_flag_unit_id_unit_id_fk" FOREIGN KEY ("flag_unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_score" ADD CONSTRAINT "assessment_score_unit_assessment_id_unit_assessment_id_fk" FOREIGN KEY ("unit_assessment_id") REFERENCES "public"."unit_assessment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_score" ADD CONSTRAINT "assessment_score_criterion_id_score_criterion_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."score_criterion"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "block_member" ADD CONSTRAINT "block_member_block_id_emulation_block_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."emulation_block"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "block_member" ADD CONSTRAINT "block_member_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_block" ADD CONSTRAINT "emulation_block_organiser_unit_id_unit_id_fk" FOREIGN KEY ("organiser_unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_block" ADD CONSTRAINT "emulation_block_head_unit_id_unit_id_fk" FOREIGN KEY ("head_unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_block" ADD CONSTRAINT "emulation_block_deputy_unit_id_unit_id_fk" FOREIGN KEY ("deputy_unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_block" ADD CONSTRAINT "emulation_block_movement_id_movement_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movement"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_criterion" ADD CONSTRAINT "score_criterion_sheet_id_score_sheet_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."score_sheet"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_criterion" ADD CONSTRAINT "score_criterion_parent_id_score_criterion_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."score_criterion"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_criterion" ADD CONSTRAINT "score_criterion_indicator_id_movement_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."movement_indicator"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheet" ADD CONSTRAINT "score_sheet_block_id_emulation_block_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."emulation_block"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_assessment" ADD CONSTRAINT "unit_assessment_round_id_assessment_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."assessment_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_assessment" ADD CONSTRAINT "unit_assessment_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_assessment" ADD CONSTRAINT "unit_assessment_reviewer_unit_id_unit_id_fk" FOREIGN KEY ("reviewer_unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision" ADD CONSTRAINT "decision_issuer_unit_id_unit_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_dossier" ADD CONSTRAINT "decision_dossier_decision_id_decision_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decision"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_dossier" ADD CONSTRAINT "decision_dossier_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_entry" ADD CONSTRAINT "decision_entry_decision_id_decision_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decision"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_entry" ADD CONSTRAINT "decision_entry_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_entry" ADD CONSTRAINT "decision_entry_nominee_id_dossier_nominee_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."dossier_nominee"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_entry" ADD CONSTRAINT "decision_entry_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_entry" ADD CONSTRAINT "decision_entry_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_entry" ADD CONSTRAINT "decision_entry_award_grant_id_award_grant_id_fk" FOREIGN KEY ("award_grant_id") REFERENCES "public"."award_grant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_extra" ADD CONSTRAINT "decision_extra_decision_id_decision_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decision"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "number_sequence" ADD CONSTRAINT "number_sequence_issuer_unit_id_unit_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_movement_id_movement_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_attachment" ADD CONSTRAINT "dossier_attachment_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_attachment" ADD CONSTRAINT "dossier_attachment_nominee_id_dossier_nominee_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."dossier_nominee"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_attachment" ADD CONSTRAINT "dossier_attachment_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_event" ADD CONSTRAINT "dossier_event_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_nominee" ADD CONSTRAINT "dossier_nominee_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_nominee" ADD CONSTRAINT "dossier_nominee_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_nominee" ADD CONSTRAINT "dossier_nominee_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "block_member_unit_idx" ON "block_member" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "emulation_block_year_idx" ON "emulation_block" USING btree ("year");--> statement-breakpoint
CREATE INDEX "score_criterion_sheet_idx" ON "score_criterion" USING btree ("sheet_id","sort_order");--> statement-breakpoint
CREATE INDEX "unit_assessment_unit_idx" ON "unit_assessment" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "decision_issuer_idx" ON "decision" USING btree ("issuer_unit_id","year");--> statement-breakpoint
CREATE INDEX "decision_status_idx" ON "decision" USING btree ("status","decision_date");--> statement-breakpoint
CREATE INDEX "decision_entry_decision_idx" ON "decision_entry" USING btree ("decision_id","sort_order");--> statement-breakpoint
CREATE INDEX "decision_entry_grant_idx" ON "decision_entry" USING btree ("award_grant_id");--> statement-breakpoint
CREATE INDEX "dossier_unit_idx" ON "dossier" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "dossier_status_idx" ON "dossier" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "dossier_movement_idx" ON "dossier" USING btree ("movement_id");--> statement-breakpoint
CREATE INDEX "dossier_attachment_dossier_idx" ON "dossier_attachment" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "dossier_event_dossier_idx" ON "dossier_event" USING btree ("dossier_id","at");--> statement-breakpoint
CREATE INDEX "dossier_nominee_dossier_idx" ON "dossier_nominee" USING btree ("dossier_id","sort_order");--> statement-breakpoint
CREATE INDEX "dossier_nominee_person_idx" ON "dossier_nominee" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "dossier_nominee_unit_idx" ON "dossier_nominee" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "dossier_nominee_initiatives_idx" ON "dossier_nominee" USING gin ("initiative_ids");--> statement-breakpoint
CREATE INDEX "public_holiday_year_idx" ON "public_holiday" USING btree ("year");