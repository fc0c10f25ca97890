import { endOfDayInFinland, todayInFinland } from "../kit/dates/calendar";
import { addWorkingDays } from "../kit/dates/holidays.server";

/** The target: an answer within two working days of arrival (decision 0199). */
export const answerWorkingDays = 2;

/** The end of the second working day after the day a request arrived, in Finland: weekends and public holidays do not count. */
export const answerDueAt = (receivedAt: Date): Date => endOfDayInFinland(addWorkingDays(todayInFinland(receivedAt), answerWorkingDays));

/** Not yet answered, and its day has passed. */
export const isOverdue = (request: { dueAt: Date; answeredAt: Date | null; status: string }, now: Date): boolean =>
  request.answeredAt === null && (request.status === "received" || request.status === "handling") && request.dueAt.getTime() < now.getTime();
