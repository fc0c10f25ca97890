CREATE TABLE "booking_practitioner_busy" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"booking_id" uuid,
	"group_session_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"busy_until" timestamp with time zone NOT NULL,
	CONSTRAINT "practitioner_busy_one_source" CHECK (num_nonnulls("booking_practitioner_busy"."booking_id", "booking_practitioner_busy"."group_session_id") = 1)
);
--> statement-breakpoint
ALTER TABLE "booking_practitioner_busy" ADD CONSTRAINT "booking_practitioner_busy_practitioner_id_practitioner_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioner"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_practitioner_busy" ADD CONSTRAINT "booking_practitioner_busy_booking_id_booking_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."booking"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_practitioner_busy" ADD CONSTRAINT "booking_practitioner_busy_group_session_id_booking_group_session_id_fk" FOREIGN KEY ("group_session_id") REFERENCES "public"."booking_group_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "practitioner_busy_booking_idx" ON "booking_practitioner_busy" USING btree ("booking_id");--> statement-breakpoint
CREATE UNIQUE INDEX "practitioner_busy_session_idx" ON "booking_practitioner_busy" USING btree ("group_session_id");--> statement-breakpoint
CREATE INDEX "group_session_practitioner_idx" ON "booking_group_session" USING btree ("practitioner_id","starts_at");--> statement-breakpoint
-- Hand-written (decision 0213): one exclusion constraint over a practitioner's individual bookings and the group sessions they lead.
ALTER TABLE "booking_practitioner_busy" ADD CONSTRAINT "practitioner_busy_no_overlap" EXCLUDE USING gist ("practitioner_id" WITH =, tstzrange("starts_at", "busy_until") WITH &&);--> statement-breakpoint
CREATE FUNCTION booking_practitioner_busy_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM booking_practitioner_busy WHERE booking_id = OLD.id;
  END IF;
  IF NEW.practitioner_id IS NOT NULL AND NEW.status <> 'cancelled' THEN
    INSERT INTO booking_practitioner_busy (practitioner_id, booking_id, starts_at, busy_until)
    VALUES (NEW.practitioner_id, NEW.id, NEW.starts_at, NEW.busy_until);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER booking_practitioner_busy AFTER INSERT OR UPDATE OF practitioner_id, status, starts_at, busy_until ON booking
  FOR EACH ROW EXECUTE FUNCTION booking_practitioner_busy_sync();--> statement-breakpoint
CREATE FUNCTION group_session_practitioner_busy_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM booking_practitioner_busy WHERE group_session_id = OLD.id;
  END IF;
  INSERT INTO booking_practitioner_busy (practitioner_id, group_session_id, starts_at, busy_until)
  VALUES (NEW.practitioner_id, NEW.id, NEW.starts_at, NEW.busy_until);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER group_session_practitioner_busy AFTER INSERT OR UPDATE OF practitioner_id, starts_at, busy_until ON booking_group_session
  FOR EACH ROW EXECUTE FUNCTION group_session_practitioner_busy_sync();--> statement-breakpoint
INSERT INTO booking_practitioner_busy (practitioner_id, booking_id, starts_at, busy_until)
  SELECT practitioner_id, id, starts_at, busy_until FROM booking WHERE practitioner_id IS NOT NULL AND status <> 'cancelled';--> statement-breakpoint
INSERT INTO booking_practitioner_busy (practitioner_id, group_session_id, starts_at, busy_until)
  SELECT practitioner_id, id, starts_at, busy_until FROM booking_group_session;
