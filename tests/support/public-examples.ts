import { aContentPage, aGroupWithOfficers, anOffering, anOrganization, aPractitioner, aService, aServicePoint, system } from "./fixtures";
import { submitContactRequest } from "../../app/contact-requests/commands/submit.server";
import { publishVersion } from "../../app/content-pages/commands/publish-version.server";
import { saveVersion } from "../../app/content-pages/commands/save-version.server";
import { contentVersion } from "../../app/content-pages/schema.server";
import { db } from "../../app/kit/db/db.server";
import { and, eq } from "drizzle-orm";
import { bookTime } from "../../app/booking/commands/book.server";
import { saveBookable } from "../../app/booking/commands/publish.server";
import { bookableById, slotsOf } from "../../app/booking/queries.server";
import { addDays, todayInFinland } from "../../app/kit/dates/calendar";
import { inviteToRate } from "../../app/feedback/commands/satisfaction.server";
import { createEvent } from "../../app/events/commands/event.server";
import { registerForEvent } from "../../app/events/commands/register.server";
import { addSession } from "../../app/events/commands/session.server";
import { feedbackTokenOf } from "../../app/events/tokens.server";
import { createProject } from "../../app/projects/commands/project.server";

const randomCode = () => Math.random().toString(36).slice(2, 10).toUpperCase();

/**
 * An example address of each public page route that has parameters, on entries made for the test.
 * A new public route with parameters fails the tests that use this until it has an example here.
 */
export async function publicExamples(): Promise<Record<string, string>> {
  const org = await anOrganization({ regionCodes: ["maakunta_19"] });
  const point = await aServicePoint(org.id);
  const service = await aService(org.id);
  const practitioner = await aPractitioner(org.id);
  const offering = await anOffering(org.id);
  const { groupId } = await aGroupWithOfficers();
  const page = await aContentPage({ section: "financing" });
  const [version] = await db()
    .select({ id: contentVersion.id })
    .from(contentVersion)
    .where(and(eq(contentVersion.pageId, page.id), eq(contentVersion.language, "fi")));
  await publishVersion(system, page.id, "fi", version.id);
  // The same page in Russian, a language the interface is not in (decision 0212).
  const russian = await saveVersion(system, page.id, "ru", { title: "Финансирование учёбы", summary: "Кратко.", body: "## Раздел\n\nТекст." });
  await publishVersion(system, page.id, "ru", russian.id);
  const bookableId = await saveBookable(system, {
    serviceId: service,
    scope: "practitioner",
    kind: "individual",
    capacity: 1,
    practitionerIds: [practitioner],
    durationMinutes: 60,
    bufferMinutes: 0,
    minimumNoticeHours: 0,
    horizonDays: 60,
    dailyCap: null,
    channels: ["phone"],
    servicePointId: null,
    phone: "+358 40 123 4567",
    languages: ["fi"],
    topics: [],
    weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startsAt: "10:00", endsAt: "12:00" })),
    exceptions: [],
  });
  const from = addDays(todayInFinland(), 8);
  const [first, second] = await slotsOf((await bookableById(bookableId))!, { from, to: addDays(from, 7) });
  const { manageToken } = await bookTime({
    bookableServiceId: bookableId,
    start: first.start.toISOString(),
    channel: "phone",
    name: "Esimerkki Asiakas",
    phone: "+358 40 111 2222",
    language: "fi",
    consent: true,
  });
  const { token } = await submitContactRequest({
    serviceId: service,
    topic: "career_planning",
    language: "fi",
    channel: "phone",
    preferredTimes: "arkisin",
    name: "Esimerkki",
    phone: "+358 40 123 4567",
    consent: "yes",
    pageLanguage: "fi",
  });
  const eventDay = addDays(todayInFinland(), 12);
  const eventId = await createEvent(system, {
    kind: "training",
    audience: "practitioners",
    visibility: "public",
    regionCode: "maakunta_19",
    organizerId: org.id,
    title: { fi: "Esimerkkikoulutus" },
    description: { fi: "Koulutus verkoston toimijoille." },
    address: "Esimerkkikatu 1, 96100 Rovaniemi",
    date: eventDay,
    startTime: "9",
    endTime: "12",
    capacity: "20",
  });
  await addSession(system, eventId, { title: { fi: "Avaus" }, date: eventDay, startTime: "9", endTime: "9.30" });
  const registration = await registerForEvent({ eventId, name: "Esimerkki Osallistuja", email: "osallistuja@example.fi", language: "fi", consent: true });
  const satisfaction = await inviteToRate(db(), { kind: "booking", organizationId: org.id, serviceId: service, language: "fi" });
  const project = await createProject(system, {
    code: `S${randomCode()}`,
    name: { fi: "Esimerkkihanke" },
    summary: {},
    funder: "ESR",
    startsOn: "1.5.2009",
    endsOn: "31.10.2011",
    budget: "245 764",
    regionCodes: ["maakunta_19"],
    organizationIds: [org.id],
    targetGroups: ["job_seekers"],
    indicators: { participants: { realisedTotal: "86", realisedWomen: "71" } },
    planActionIds: [],
  });
  return {
    "projects/:id": `projects/${project}`,
    "satisfaction/:token": satisfaction.slice("/fi/".length),
    "book/:id": `book/${bookableId}`,
    "book/:id/confirm": `book/${bookableId}/confirm?start=${encodeURIComponent(second.start.toISOString())}&channel=phone`,
    "book/manage/:token": `book/manage/${manageToken}`,
    "organisations/:id": `organisations/${org.id}`,
    "service-points/:id": `service-points/${point}`,
    "services/:id": `services/${service}`,
    "services/:id/contact": `services/${service}/contact`,
    "contact-requests/:token": `contact-requests/${token}`,
    "practitioners/:id": `practitioners/${practitioner}`,
    "education/:id": `education/${offering}`,
    "paths/:slug": "paths/career-change",
    "code-lists/:list": "code-lists/targetGroup",
    "paths/:slug/ru": "paths/immigrants/ru",
    "groups/:id": `groups/${groupId}`,
    "pages/:slug": `pages/${page.slug}`,
    "pages/:slug/:language": `pages/${page.slug}/ru`,
    // Unknown tokens: the page says so, still as plain HTML.
    "invitations/:token": "invitations/no-such-invitation",
    "reset-password/:token": "reset-password/no-such-token",
    "events/:id": `events/${eventId}`,
    "events/registrations/:token": `events/registrations/${registration.token}`,
    "events/feedback/:token": `events/feedback/${feedbackTokenOf(registration.id)}`,
    "*": "no-such-page",
  };
}
