CREATE TABLE "member_calendar_feed" (
	"group_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_calendar_feed_group_id_user_id_pk" PRIMARY KEY("group_id","user_id"),
	CONSTRAINT "member_calendar_feed_token_unique" UNIQUE("token")
);
--> statement-breakpoint
DROP TABLE "group_calendar_feed" CASCADE;--> statement-breakpoint
ALTER TABLE "member_calendar_feed" ADD CONSTRAINT "member_calendar_feed_group_id_network_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."network_group"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_calendar_feed" ADD CONSTRAINT "member_calendar_feed_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;