import { data, redirect } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { config } from "~/kit/config.server";
import { InvalidInput } from "~/kit/validation/errors";
import { translateIssues } from "~/kit/validation/fields";
import { translator } from "~/kit/i18n/catalogue";
import { localize } from "~/kit/i18n/localized";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { ErrorSummary, TextField, ConsentField, HoneypotField } from "~/kit/forms/components";
import { clientAddress } from "~/kit/http/client-address.server";
import { notFoundResponse, requireId } from "~/kit/http/respond.server";
import { getCurrentUser } from "~/kit/permissions/current-user.server";
import { rateLimited, refusalMessage } from "~/kit/rate-limit/answer.server";
import { placeName, reference } from "~/reference/public.server";
import { registerForEvent, registrationOpen } from "../commands/register.server";
import { eventWhen, sessionHours } from "../format";
import { eventLimits } from "../inputs";
import { canSeeEvent } from "../permissions";
import { eventPage } from "../queries.server";
import { registrationAttempts } from "../rate-limit.server";
import { audienceKey, kindKey, seatsText } from "../text";
import { registrationPath } from "../tokens.server";
import type { Route } from "./+types/event";

export { headers } from "~/kit/rate-limit/answer.server";

const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");
const fieldNames = ["name", "email", "organizationName", "consent"] as const;
type Values = Record<(typeof fieldNames)[number], string>;

async function visibleEvent(request: Request, id: string, lang: ReturnType<typeof languageOf>) {
  const found = await eventPage(id);
  // A network-only event does not exist for those outside the network.
  if (!found || !canSeeEvent(await getCurrentUser(request), found.event)) throw notFoundResponse(lang);
  return found;
}

/**
 * `/:lang/events/:id`: an event with its programme and its registration form, plain HTML (no
 * account, no JavaScript), with schema.org Event data for search engines.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const found = await visibleEvent(request, requireId(params.id, lang), lang);
  const { event: e, sessions, servicePoint } = found;
  const ref = await reference();
  const title = localize(e.title, lang).text;
  const region = placeName(ref.byCode.get(e.regionCode), lang);
  const organizer = localize(found.organizerName, lang).text;
  const venue = servicePoint ? `${localize(servicePoint.name, lang).text}, ${servicePoint.streetAddress}, ${servicePoint.postalCode}` : "";
  const url = `${config.publicUrl}/${lang}/events/${e.id}`;
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: title,
    description: localize(e.description, lang).text || undefined,
    startDate: e.startsAt.toISOString(),
    endDate: e.endsAt.toISOString(),
    eventStatus: e.status === "cancelled" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: e.remoteUrl
      ? venue || e.address
        ? "https://schema.org/MixedEventAttendanceMode"
        : "https://schema.org/OnlineEventAttendanceMode"
      : "https://schema.org/OfflineEventAttendanceMode",
    location: [
      ...(venue || e.address ? [{ "@type": "Place", name: venue || e.address, address: venue || e.address }] : []),
      ...(e.remoteUrl ? [{ "@type": "VirtualLocation", url: e.remoteUrl }] : []),
    ],
    organizer: { "@type": "Organization", name: organizer },
    isAccessibleForFree: true,
    maximumAttendeeCapacity: e.capacity,
    remainingAttendeeCapacity: Math.max(0, e.capacity - found.confirmed),
    url,
    subEvent: sessions.map((s) => ({
      "@type": "Event",
      name: localize(s.title, lang).text,
      startDate: s.startsAt.toISOString(),
      endDate: s.endsAt.toISOString(),
    })),
  };
  return {
    id: e.id,
    title,
    description: localize(e.description, lang).text,
    kind: e.kind,
    audience: e.audience,
    networkOnly: e.visibility !== "public",
    cancelled: e.status === "cancelled",
    when: eventWhen(e.startsAt, e.endsAt, lang),
    region,
    organizer,
    venue,
    address: e.address,
    remoteUrl: e.remoteUrl,
    seatsLeft: Math.max(0, e.capacity - found.confirmed),
    waiting: found.waiting,
    open: registrationOpen(e, new Date()),
    sessions: sessions.map((s) => ({ id: s.id, hours: sessionHours(s.startsAt, s.endsAt, lang), title: localize(s.title, lang).text, speaker: s.speaker })),
    jsonLd: e.visibility === "public" ? scriptJson(jsonLd) : null,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const id = requireId(params.id, lang);
  // The form is a few short fields: anything much larger is not a person typing.
  if (Number(request.headers.get("content-length") ?? 0) > eventLimits.formBytes) throw data(t("events.tooLarge"), { status: 413 });
  await visibleEvent(request, id, lang);
  const form = await request.formData();
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const values = Object.fromEntries(fieldNames.map((name) => [name, field(name)])) as Values;
  const verdict = await registrationAttempts.consume({ address: clientAddress(request) });
  if (!verdict.allowed) return data({ errors: { form: refusalMessage(verdict, t) }, values }, rateLimited(verdict));
  // A bot fills every field; a person does not see this one.
  if (field("website") !== "") return data({ errors: { website: t("events.honeypotFilled") }, values }, { status: 400 });
  try {
    const outcome = await registerForEvent({
      eventId: id,
      name: values.name,
      email: values.email,
      organizationName: values.organizationName,
      language: lang,
      // A missing tick is refused by the command, in the same answer as the other fields.
      consent: (values.consent === "yes") as true,
    });
    return redirect(`${registrationPath(lang, outcome.id)}?sent=1`, { status: 303, headers: { "Referrer-Policy": "same-origin" } });
  } catch (error) {
    if (error instanceof InvalidInput) return data({ errors: translateIssues(error.issues, t), values }, { status: 400 });
    throw error;
  }
}

export const meta = ({ params, data: loaderData }: Route.MetaArgs) => pageTitle(params.lang, loaderData?.title ?? "", loaderData?.description);

export default function EventPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const e = loaderData;
  const errors: Record<string, string> | undefined = actionData?.errors;
  const values: Values = actionData?.values ?? { name: "", email: "", organizationName: "", consent: "" };
  return (
    <article>
      {e.jsonLd && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: e.jsonLd }} />}
      <p>
        <a href={`/${lang}/events`}>{t("events.backToList")}</a>
      </p>
      <h1>{e.cancelled ? `${t("events.cancelledPrefix")} ${e.title}` : e.title}</h1>
      {e.cancelled && <p className="alert alert--warning">{t("events.cancelledNote")}</p>}
      <dl className="facts">
        <dt>{t("events.when")}</dt>
        <dd>{e.when}</dd>
        <dt>{t("events.where")}</dt>
        <dd>
          {[e.venue, e.address].filter(Boolean).join(" · ") || t("events.remoteOnly")}
          {e.remoteUrl && (
            <>
              {" · "}
              <a href={e.remoteUrl}>{t("events.remoteLink")}</a>
            </>
          )}
        </dd>
        <dt>{t("events.kind")}</dt>
        <dd>
          {t(kindKey(e.kind))}, {t(audienceKey(e.audience))}
          {e.networkOnly && ` (${t("events.networkOnly")})`}
        </dd>
        <dt>{t("events.region")}</dt>
        <dd>{e.region}</dd>
        <dt>{t("events.organizer")}</dt>
        <dd>{e.organizer}</dd>
      </dl>
      {e.description && <p className="event-description">{e.description}</p>}
      <p>
        <a href={`/${lang}/events/${e.id}/calendar.ics`}>{t("events.addToCalendar")}</a>
      </p>
      {e.sessions.length > 0 && (
        <section aria-labelledby="ev-programme">
          <h2 id="ev-programme">{t("events.programme")}</h2>
          <ul className="event-programme">
            {e.sessions.map((s) => (
              <li key={s.id}>
                <strong>{s.hours}</strong> {s.title}
                {s.speaker && ` – ${s.speaker}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="ev-register" className="card">
        <h2 id="ev-register">{t("events.register")}</h2>
        {!e.open ? (
          <p>{t("events.registrationClosed")}</p>
        ) : (
          <>
            <p>{e.seatsLeft > 0 ? seatsText(t, e.seatsLeft) : t("events.fullWaiting", { count: e.waiting })}</p>
            <ErrorSummary
              errors={errors}
              labels={{
                name: t("events.name"),
                email: t("events.email"),
                organizationName: t("events.organizationName"),
                consent: t("events.consent"),
                website: t("events.honeypot"),
              }}
            />
            <form method="post" action={`/${lang}/events/${e.id}`} className="form narrow" key={JSON.stringify(actionData ?? {})}>
              <TextField name="name" label={t("events.name")} value={values.name} errors={errors} required autoComplete="name" maxLength={eventLimits.name} />
              <TextField
                name="email"
                label={t("events.email")}
                value={values.email}
                errors={errors}
                required
                type="email"
                autoComplete="email"
                maxLength={320}
              />
              <TextField
                name="organizationName"
                label={t("events.organizationName")}
                value={values.organizationName}
                errors={errors}
                autoComplete="organization"
                maxLength={eventLimits.organization}
              />
              <ConsentField label={t("events.consent")} text={t("events.consentText")} checked={values.consent === "yes"} error={errors?.consent} />
              <HoneypotField label={t("events.honeypot")} />
              <button type="submit" className="button" id="f-submit">
                {e.seatsLeft > 0 ? t("events.registerButton") : t("events.joinWaitingList")}
              </button>
            </form>
          </>
        )}
      </section>
    </article>
  );
}
