CREATE TABLE "feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"page_path" text,
	"language" text NOT NULL,
	"message" text NOT NULL,
	"email" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by" text,
	"reply" text,
	"reply_mailed" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "page_vote" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"page_path" text NOT NULL,
	"language" text NOT NULL,
	"helpful" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "feedback_received_idx" ON "feedback" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "feedback_page_idx" ON "feedback" USING btree ("page_path","language");--> statement-breakpoint
CREATE INDEX "page_vote_page_idx" ON "page_vote" USING btree ("page_path","language");