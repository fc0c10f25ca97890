/**
 * Connects the features through the seams that keep the lower layers from importing the upper ones:
 * the whole message catalogue and the accounts feature's reader of the signed-in user go into the
 * kit; the education offerings listen to organisation changes; the features' background tasks and
 * schedules go to the job runner (decision 0171). The server entry, start-up and the test setup
 * import this once.
 */
import "./messages";
import { readSessionUser } from "../accounts/session-user.server";
import { installCurrentUserReader } from "../kit/permissions/current-user.server";
import { config } from "../kit/config.server";
import { contactRequestAction, contactRequestSchedules } from "../contact-requests/public.server";
import { documentSchedules } from "../documents/public.server";
import { referralSchedules } from "../referrals/public.server";
import { reminderSchedules } from "../governance/public.server";
import { installJobs } from "../jobs/registry.server";
import { mailTasks } from "../mail/public.server";
import { bookingAction, bookingSchedules, bookingTasks } from "../booking/public.server";
import { onOrganizationSaved } from "../network-map/organization-events.server";
import { addSearchAreaNotes, addServiceAction, networkMapAuditVocabulary, networkMapImportTask } from "../network-map/public.server";
import { describeAuditEntities } from "../audit/public.server";
import { nextVisitNote } from "../mobile-point/public.server";
import { offeringImportTask } from "../offerings/public.server";
import { refreshOrganizationOfferings } from "../offerings/search-index.server";
import { feedbackSchedules } from "../feedback/public.server";
import { eventSchedules, eventTasks } from "../events/public.server";
import { chatSchedules, chatServiceAction } from "../chat/public.server";
import { deleteExpiredRateLimitsTask, rateLimitSchedule } from "./rate-limit-tasks.server";

installCurrentUserReader(readSessionUser);
onOrganizationSaved(refreshOrganizationOfferings);
// The search shows the mobile point's next visit in the area searched.
addSearchAreaNotes(nextVisitNote);
// The service page's buttons and the search cards' links, in this order: booking first, then the contact request.
addServiceAction(bookingAction);
addServiceAction(contactRequestAction);
// The audit trail names the network map's fields and entries without importing the network map.
describeAuditEntities(...networkMapAuditVocabulary);
addServiceAction(chatServiceAction);
// ELO_REMINDERS=false leaves the reminders unscheduled (the test server); their tasks stay known.
// Likewise the rate limits' clean-up when ELO_RATE_LIMIT=false counts nothing.
installJobs({
  tasks: [
    ...mailTasks,
    networkMapImportTask,
    offeringImportTask,
    ...reminderSchedules.map((s) => s.task),
    deleteExpiredRateLimitsTask,
    ...documentSchedules.map((s) => s.task),
    ...feedbackSchedules.map((s) => s.task),
    ...bookingTasks,
    ...contactRequestSchedules.map((s) => s.task),
    ...referralSchedules.map((s) => s.task),
    ...eventTasks,
    ...chatSchedules.map((s) => s.task),
  ],
  schedules: [
    ...(config.runReminders ? reminderSchedules : []),
    ...(config.rateLimits ? [rateLimitSchedule] : []),
    ...documentSchedules,
    ...feedbackSchedules,
    ...bookingSchedules,
    ...contactRequestSchedules,
    ...referralSchedules,
    ...eventSchedules,
    ...chatSchedules,
  ],
});
