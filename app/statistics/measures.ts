/**
 * The service statistics' measures (decision 0203). Every measure is a count or a sum, so figures
 * from different months, organisations and channels add up; averages are derived from two sums.
 * None of them names a person.
 */
export const measureKeys = [
  "bookings",
  "bookingsHeld",
  "bookingsNoShow",
  "bookingsCancelled",
  "contactRequests",
  "contactRequestsAnswered",
  "contactRequestsAnsweredInTime",
  "contactAnswerHours",
  "referrals",
  "referralsAccepted",
  "referralsDeclined",
  "referralsCompleted",
  "mobileVisits",
  "mobileVisitors",
  "satisfactionAnswers",
  "satisfactionScoreSum",
  "chats",
  "chatsAnswered",
  "chatWaitMinutes",
  "chatDurationMinutes",
] as const;
export type MeasureKey = (typeof measureKeys)[number];

/** One count of one measure in one month, for one organisation, service (or none) and channel (or none). */
export interface Figure {
  month: string;
  organizationId: string;
  serviceId: string | null;
  channel: string | null;
  measure: MeasureKey;
  value: number;
}

/** Averages shown beside the counts: a sum divided by a count. */
export const derivedMeasures = {
  satisfactionAverage: { sum: "satisfactionScoreSum", count: "satisfactionAnswers" },
  contactAnswerHoursAverage: { sum: "contactAnswerHours", count: "contactRequestsAnswered" },
  chatWaitAverage: { sum: "chatWaitMinutes", count: "chatsAnswered" },
  chatDurationAverage: { sum: "chatDurationMinutes", count: "chatsAnswered" },
} as const satisfies Record<string, { sum: MeasureKey; count: MeasureKey }>;
export type DerivedKey = keyof typeof derivedMeasures;

/** The columns of the table and the export, in order: counts people read first, sums behind averages left out. */
export const shownColumns: (MeasureKey | DerivedKey)[] = [
  "bookings",
  "bookingsHeld",
  "bookingsNoShow",
  "bookingsCancelled",
  "contactRequests",
  "contactRequestsAnswered",
  "contactRequestsAnsweredInTime",
  "contactAnswerHoursAverage",
  "referrals",
  "referralsAccepted",
  "referralsDeclined",
  "referralsCompleted",
  "mobileVisits",
  "mobileVisitors",
  "chats",
  "chatsAnswered",
  "chatWaitAverage",
  "chatDurationAverage",
  "satisfactionAnswers",
  "satisfactionAverage",
];

export const groupings = ["month", "organization", "service", "channel"] as const;
export type Grouping = (typeof groupings)[number];

/** The measures a chart can draw per month: the counts. */
export const chartMeasures = shownColumns.filter((c): c is MeasureKey => (measureKeys as readonly string[]).includes(c) && c !== "contactAnswerHours");

/** The channels the delivering features count by; another code is shown as it is. */
export const channelCodes = ["in_person", "service_point", "phone", "video", "email", "chat", "online", "mobile_point", "visit"] as const;
export const isChannelCode = (code: string): code is (typeof channelCodes)[number] => (channelCodes as readonly string[]).includes(code);
