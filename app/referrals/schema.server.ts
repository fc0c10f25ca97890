import { date, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { editVersionColumn } from "../kit/db/versioned-update.server";
import { organization, service } from "~/network-map/public.server";

/**
 * A practitioner's referral of a client to a partner organisation's service (yhteiset asiakkaat,
 * decision 0200). Only the fields the client agreed to share are stored (`sharedFields`); they are
 * set to null when the consent ends (`consentUntil`) or some months after the referral closed. The
 * row stays, without them, for the statistics.
 */
export const referral = pgTable(
  "referral",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fromOrganizationId: uuid("from_organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    toOrganizationId: uuid("to_organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    serviceId: uuid("service_id").references(() => service.id, { onDelete: "set null" }),
    referredBy: text("referred_by").notNull(),
    referredByName: text("referred_by_name").notNull(),
    /** What the client agreed to share: some of name, phone, email, language, background. */
    sharedFields: text("shared_fields").array().notNull(),
    /** Why the client is referred, as agreed with the client. */
    purpose: text("purpose"),
    consentUntil: date("consent_until", { mode: "string" }).notNull(),
    consentRecordedAt: timestamp("consent_recorded_at", { withTimezone: true }).notNull().defaultNow(),
    clientName: text("client_name"),
    clientPhone: text("client_phone"),
    clientEmail: text("client_email"),
    clientLanguage: text("client_language"),
    background: text("background"),
    status: text("status").notNull().default("sent"),
    declineReason: text("decline_reason"),
    outcome: text("outcome"),
    handledByName: text("handled_by_name"),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the client's details were removed: the consent ended, or the retention time passed. */
    personalDataDeletedAt: timestamp("personal_data_deleted_at", { withTimezone: true }),
    version: editVersionColumn(),
  },
  (t) => [index("referral_from_idx").on(t.fromOrganizationId, t.status), index("referral_to_idx").on(t.toOrganizationId, t.status)],
);
