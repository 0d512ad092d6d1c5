CREATE TABLE "stored_file" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"unit_id" uuid,
	"purpose" text DEFAULT 'attachment' NOT NULL,
	"original_name" text NOT NULL,
	"extension" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stored_file_extension_check" CHECK ("stored_file"."extension" in ('pdf', 'docx', 'xlsx', 'jpg', 'png', 'txt', 'md')),
	CONSTRAINT "stored_file_size_check" CHECK ("stored_file"."size_bytes" >= 0 AND "stored_file"."size_bytes" = octet_length("stored_file"."content"))
);
--> statement-breakpoint
ALTER TABLE "stored_file" ADD CONSTRAINT "stored_file_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stored_file_owner_idx" ON "stored_file" USING btree ("owner_kind","owner_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "stored_file_unit_idx" ON "stored_file" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stored_file_one_purpose_unique" ON "stored_file" USING btree ("owner_kind","owner_id","purpose") WHERE "stored_file"."deleted_at" IS NULL AND "stored_file"."purpose" <> 'attachment';