ALTER TABLE "practitioner" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "practitioner" ADD COLUMN "imported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "service" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "service" ADD COLUMN "imported_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "practitioner_external_id_idx" ON "practitioner" USING btree ("organization_id","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_external_id_idx" ON "service" USING btree ("organization_id","external_id");