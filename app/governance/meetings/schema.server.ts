import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../kit/i18n/localized";
import { user } from "~/accounts/public.server";
import { organization } from "~/network-map/public.server";
import { groupMembership, networkGroup } from "../schema.server";

/**
 * One meeting of a group, in the group's yearly plan. The same row carries the calendar identity
 * (`ics_uid`, `ics_sequence`) and the minutes. `agenda_version` and `minutes_version` guard
 * concurrent edits: an UPDATE names the version the editor started from and changes nothing when
 * someone else saved first.
 */
export const meeting = pgTable(
  "meeting",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    groupId: uuid("group_id")
      .notNull()
      .references(() => networkGroup.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    place: text("place").notNull().default(""),
    onlineUrl: text("online_url"),
    theme: text("theme").notNull(),
    /** Agenda items may be proposed until this moment. */
    agendaDeadline: timestamp("agenda_deadline", { withTimezone: true }).notNull(),
    /** planned | cancelled */
    status: text("status").notNull().default("planned"),
    icsUid: text("ics_uid").notNull().unique(),
    icsSequence: integer("ics_sequence").notNull().default(0),
    invitedAt: timestamp("invited_at", { withTimezone: true }),
    /** What the last invitation reached: member addresses, copies, and the member organisations with nobody to receive it. */
    invitedMembers: integer("invited_members"),
    invitedCopies: integer("invited_copies"),
    unreachedMembers: jsonb("unreached_members").$type<LocalizedText[]>().notNull().default([]),
    agendaVersion: integer("agenda_version").notNull().default(1),
    minutes: text("minutes").notNull().default(""),
    /** draft | circulated | approved */
    minutesStatus: text("minutes_status").notNull().default("draft"),
    minutesVersion: integer("minutes_version").notNull().default(1),
    minutesApprovedAt: timestamp("minutes_approved_at", { withTimezone: true }),
    /** The meeting at which the minutes were approved (the group's next meeting). */
    minutesApprovedAtMeetingId: uuid("minutes_approved_at_meeting_id"),
    minutesReminderSentAt: timestamp("minutes_reminder_sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("meeting_group_starts_idx").on(t.groupId, t.startsAt)],
);

/** An agenda item: proposed by a member (or a sub-group), accepted or rejected by the chair or secretary. */
export const agendaItem = pgTable(
  "agenda_item",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meeting.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** proposed | accepted | rejected */
    status: text("status").notNull().default("proposed"),
    position: integer("position").notNull().default(0),
    proposedByUserId: text("proposed_by_user_id"),
    proposedByName: text("proposed_by_name").notNull(),
    /** Set when a sub-group proposed the item. */
    proposedByGroupId: uuid("proposed_by_group_id").references(() => networkGroup.id, { onDelete: "set null" }),
    decision: text("decision").notNull().default(""),
    /** Guards concurrent edits of the item's decision, as the meeting's versions guard the agenda and minutes. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("agenda_item_meeting_idx").on(t.meetingId)],
);

/** Who attended: one row per group membership (a person or an organisation's seat). */
export const meetingAttendance = pgTable(
  "meeting_attendance",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meeting.id, { onDelete: "cascade" }),
    membershipId: uuid("membership_id")
      .notNull()
      .references(() => groupMembership.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    present: boolean("present").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.membershipId] })],
);

/** A task decided under an agenda item: who (person and organisation), by when, how far along. */
export const actionItem = pgTable(
  "action_item",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agendaItemId: uuid("agenda_item_id")
      .notNull()
      .references(() => agendaItem.id, { onDelete: "cascade" }),
    description: text("description").notNull(),
    owner: text("owner").notNull(),
    organizationId: uuid("organization_id").references(() => organization.id, { onDelete: "set null" }),
    dueOn: date("due_on", { mode: "string" }),
    /** open | in_progress | done */
    status: text("status").notNull().default("open"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("action_item_agenda_item_idx").on(t.agendaItemId)],
);

/**
 * The secret in a member's own calendar feed address of a group: calendar apps use it without
 * signing in. Each member has their own, so that one member can replace theirs (a leaked address)
 * without breaking the others' subscriptions (decision 0181).
 */
export const memberCalendarFeed = pgTable(
  "member_calendar_feed",
  {
    groupId: uuid("group_id")
      .notNull()
      .references(() => networkGroup.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    token: text("token").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] })],
);
