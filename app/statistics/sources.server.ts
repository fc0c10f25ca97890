import { bookingsPerMonth } from "~/booking/public.server";
import { chatStatistics } from "~/chat/public.server";
import { contactRequestStatistics } from "~/contact-requests/public.server";
import { satisfactionPerMonth } from "~/feedback/public.server";
import { referralStatistics } from "~/referrals/public.server";
import { visitorStatistics } from "~/mobile-point/public.server";
import { startOfDayInFinland } from "../kit/dates/calendar";
import { addMonths } from "../kit/dates/months";
import type { Figure } from "./measures";

/** What a source is asked for: the organisations in view ("all" for an admin's whole country) and whole months. */
export interface FigureRequest {
  organizationIds: "all" | string[];
  from: string;
  to: string;
}

/** A feature that delivers services and counts them, read through its public entry. */
export type FigureSource = (request: FigureRequest) => Promise<Figure[]>;

const satisfaction: FigureSource = async ({ organizationIds, from, to }) => {
  const scope = organizationIds === "all" ? ({ all: true } as const) : { all: false as const, regionCodes: [], organizationIds };
  const rows = await satisfactionPerMonth(scope, { from, to });
  return rows.flatMap((row) => [
    {
      month: row.month,
      organizationId: row.organizationId,
      serviceId: row.serviceId,
      channel: row.channel,
      measure: "satisfactionAnswers" as const,
      value: row.answers,
    },
    {
      month: row.month,
      organizationId: row.organizationId,
      serviceId: row.serviceId,
      channel: row.channel,
      measure: "satisfactionScoreSum" as const,
      value: row.scoreSum,
    },
  ]);
};

/** The instants a period of whole Finnish months runs between: its first day's start, and the next month's. */
export const periodInstants = ({ from, to }: Pick<FigureRequest, "from" | "to">) => ({
  start: startOfDayInFinland(`${from}-01`),
  end: startOfDayInFinland(`${addMonths(to, 1)}-01`),
});

/** Mobile point visits with a log, counted for each organisation on board (decision 0203). */
const mobileVisits: FigureSource = async (request) => {
  const { start, end } = periodInstants(request);
  const rows = await visitorStatistics({ organizationIds: request.organizationIds === "all" ? undefined : request.organizationIds, from: start, to: end });
  return rows
    .filter((row): row is typeof row & { organizationId: string } => row.organizationId !== null)
    .flatMap((row) => [
      { month: row.month, organizationId: row.organizationId, serviceId: null, channel: "mobile_point", measure: "mobileVisits" as const, value: row.visits },
      {
        month: row.month,
        organizationId: row.organizationId,
        serviceId: null,
        channel: "mobile_point",
        measure: "mobileVisitors" as const,
        value: row.visitors,
      },
    ]);
};

/** Bookings by the month of their time, with what became of them. */
const bookings: FigureSource = async (request) => {
  const { start, end } = periodInstants(request);
  const rows = await bookingsPerMonth({ from: start, to: end, organizationIds: request.organizationIds === "all" ? undefined : request.organizationIds });
  return rows.flatMap((row) =>
    (
      [
        ["bookings", row.total],
        ["bookingsHeld", row.held],
        ["bookingsNoShow", row.noShow],
        ["bookingsCancelled", row.cancelled],
      ] as const
    ).map(([measure, value]) => ({ month: row.month, organizationId: row.organizationId, serviceId: row.serviceId, channel: row.channel, measure, value })),
  );
};

const lastDayOf = (month: string) => {
  const [year, number] = month.split("-").map(Number);
  return `${month}-${String(new Date(Date.UTC(year, number, 0)).getUTCDate()).padStart(2, "0")}`;
};
const organizationFilter = (request: FigureRequest) => (request.organizationIds === "all" ? undefined : request.organizationIds);

/** Contact requests by the month they arrived, with answers, answers in time and the answer hours summed. */
const contactRequests: FigureSource = async (request) => {
  const rows = await contactRequestStatistics({ from: `${request.from}-01`, to: lastDayOf(request.to), organizationIds: organizationFilter(request) });
  return rows.flatMap((row) =>
    (
      [
        ["contactRequests", row.received],
        ["contactRequestsAnswered", row.answered],
        ["contactRequestsAnsweredInTime", row.answeredInTime],
        ["contactAnswerHours", row.answerHoursTotal],
      ] as const
    ).map(([measure, value]) => ({
      month: row.month.slice(0, 7),
      organizationId: row.organizationId,
      serviceId: row.serviceId,
      channel: null,
      measure,
      value,
    })),
  );
};

/** Referrals by the month they were made, counted for the receiving organisation, whose service they asked for. */
const referrals: FigureSource = async (request) => {
  const organizationIds = organizationFilter(request);
  const rows = await referralStatistics({ from: `${request.from}-01`, to: lastDayOf(request.to), organizationIds });
  return rows
    .filter((row) => !organizationIds || organizationIds.includes(row.toOrganizationId))
    .flatMap((row) =>
      (
        [
          ["referrals", row.sent],
          ["referralsAccepted", row.accepted],
          ["referralsDeclined", row.declined],
          ["referralsCompleted", Object.values(row.outcomes).reduce((sum, n) => sum + n, 0)],
        ] as const
      ).map(([measure, value]) => ({
        month: row.month.slice(0, 7),
        organizationId: row.toOrganizationId,
        serviceId: row.serviceId,
        channel: null,
        measure,
        value,
      })),
    );
};

/** Chats by the month they started, counted for the organisation of the person who answered last (decision 0205). */
const chats: FigureSource = async (request) => {
  const { start, end } = periodInstants(request);
  const rows = await chatStatistics({ from: start, to: end, organizationIds: organizationFilter(request) });
  return rows.flatMap((row) =>
    (
      [
        ["chats", row.chats],
        ["chatsAnswered", row.answered],
        ["chatWaitMinutes", row.waitMinutes],
        ["chatDurationMinutes", row.durationMinutes],
      ] as const
    ).map(([measure, value]) => ({ month: row.month, organizationId: row.organizationId, serviceId: row.serviceId, channel: "chat", measure, value })),
  );
};

/** Every source of figures; a new delivering feature adds its own here. */
export const figureSources: FigureSource[] = [bookings, contactRequests, referrals, satisfaction, mobileVisits, chats];
