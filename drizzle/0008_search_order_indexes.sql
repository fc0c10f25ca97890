ALTER TABLE "offering_search" ADD COLUMN "personal_start" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "offering_search" ADD COLUMN "start_date" date;--> statement-breakpoint
ALTER TABLE "offering_search" ADD COLUMN "application_start" date;--> statement-breakpoint
ALTER TABLE "offering_search" ADD COLUMN "application_end" date;--> statement-breakpoint
CREATE INDEX "search_document_name_idx" ON "search_document" USING btree ("sort_name" collate "fi-FI-x-icu","entity_id");--> statement-breakpoint
CREATE INDEX "offering_search_name_idx" ON "offering_search" USING btree ("sort_name" collate "fi-FI-x-icu","offering_id");--> statement-breakpoint
CREATE INDEX "offering_search_start_idx" ON "offering_search" USING btree ("personal_start" desc,"start_date" asc nulls last,"sort_name" collate "fi-FI-x-icu","offering_id");--> statement-breakpoint
UPDATE "offering_search" AS s SET "personal_start" = o."personal_start", "start_date" = o."start_date",
  "application_start" = o."application_start", "application_end" = o."application_end"
FROM "offering" AS o WHERE o."id" = s."offering_id";
