import { data, Form, Link, redirect, useSearchParams } from "react-router";
import { parseFinnishDate, parseFinnishTime } from "~/kit/dates/finnish-input";
import { CheckboxGroup, ErrorSummary, SelectField, TextField, type FieldErrors } from "~/kit/forms/components";
import { list, text } from "~/kit/forms/form-data";
import { commandFailure, forbiddenResponse } from "~/kit/http/respond.server";
import { translator, type Translate } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { localize } from "~/kit/i18n/localized";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { pageTitle } from "~/kit/page-title";
import { requireUser } from "~/kit/permissions/current-user.server";
import { contactOrganizations, isAdmin, ownPractitionerIds } from "~/kit/permissions/roles";
import { saveBookable, setMeetingLink } from "../../commands/publish.server";
import { bookingChannels, bookingKinds, bookingScopes, type BookableServiceInput } from "../../inputs";
import { bookingPath } from "../../paths";
import { canUseBookings } from "../../permissions";
import { publishingChoices } from "../../queries.server";
import type { Route } from "./+types/services";

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  if (!canUseBookings(user)) throw forbiddenResponse(lang);
  const choices = await publishingChoices({ organizationIds: contactOrganizations(user), practitionerIds: ownPractitionerIds(user), all: isAdmin(user) });
  return {
    services: choices.services.map((s) => ({ value: s.id, label: localize(s.name, lang).text })),
    practitioners: choices.practitioners.map((p) => ({ value: p.id, label: `${p.givenName} ${p.familyName}` })),
    servicePoints: choices.servicePoints.map((p) => ({ value: p.id, label: localize(p.name, lang).text })),
    bookables: choices.bookables.map((b) => ({ id: b.id, name: localize(b.serviceName, lang).text, kind: b.kind, status: b.status })),
    contactOrganizations: contactOrganizations(user),
  };
}

/** "9.00–12.00" (or "9-12") as wall-clock times; empty is closed. */
function range(value: string): [string, string] | null | undefined {
  if (!value.trim()) return null;
  const [from, to] = value.split(/[–-]/).map((v) => parseFinnishTime(v));
  return from && to ? [from, to] : undefined;
}

/** The weekly times and exception lines of the form, or the lines that are not understood. */
function availabilityOf(form: FormData, t: Translate) {
  const errors: FieldErrors = {};
  const weekly = weekdays.flatMap((weekday) => {
    const times = range(text(form, `day${weekday}`));
    if (times === undefined) errors[`day${weekday}`] = t("workBookings.badRule", { line: text(form, `day${weekday}`) });
    return times ? [{ weekday, startsAt: times[0], endsAt: times[1] }] : [];
  });
  const exceptions = text(form, "exceptions")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .flatMap((line) => {
      const [dayText, ...rest] = line.split(/\s+/);
      const day = parseFinnishDate(dayText);
      const times = range(rest.join("").replace(/^[^\d]*$/, ""));
      if (!("date" in day) || times === undefined) {
        errors.exceptions = t("workBookings.badRule", { line });
        return [];
      }
      return [{ day: day.date, startsAt: times?.[0] ?? null, endsAt: times?.[1] ?? null }];
    });
  return { weekly, exceptions, errors };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  if (text(form, "intent") === "meetingLink") {
    try {
      await setMeetingLink(user, { organizationId: text(form, "organizationId"), template: text(form, "template") });
    } catch (error) {
      return commandFailure(error, lang, null);
    }
    return redirect(`/${lang}/work/bookings/services?notice=saved`, { status: 303 });
  }
  const { weekly, exceptions, errors } = availabilityOf(form, t);
  if (Object.keys(errors).length) return data({ errors, values: null }, { status: 400 });
  const number = (name: string) => text(form, name).trim();
  const input: BookableServiceInput = {
    serviceId: text(form, "serviceId"),
    scope: text(form, "scope") as never,
    kind: text(form, "kind") as never,
    capacity: number("capacity") || 1,
    practitionerIds: list(form, "practitionerIds"),
    durationMinutes: number("durationMinutes"),
    bufferMinutes: number("bufferMinutes") || 0,
    minimumNoticeHours: number("minimumNoticeHours") || 0,
    horizonDays: number("horizonDays"),
    dailyCap: number("dailyCap") || null,
    channels: list(form, "channels") as never,
    servicePointId: text(form, "servicePointId") || null,
    phone: text(form, "phone"),
    languages: text(form, "languages")
      .split(/[\s,]+/)
      .filter(Boolean),
    topics: [],
    weekly,
    exceptions,
  };
  try {
    await saveBookable(user, input);
  } catch (error) {
    return commandFailure(error, lang, null);
  }
  return redirect(`/${lang}/work/bookings/services?notice=published`, { status: 303 });
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("workBookings.services"));

export default function BookableServicesPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const [search] = useSearchParams();
  const errors = actionData?.errors;
  const weekdayName = (d: number) => new Intl.DateTimeFormat(lang, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2027, 0, 3 + d)));
  return (
    <>
      <h1>{t("workBookings.services")}</h1>
      <p>{t("workBookings.servicesIntro")}</p>
      {search.get("notice") && !actionData && (
        <p role="status" className="alert alert--success">
          {t(search.get("notice") === "published" ? "workBookings.published" : "workBookings.saved")}
        </p>
      )}
      {loaderData.bookables.length === 0 && <p>{t("workBookings.none.services")}</p>}
      <ul>
        {loaderData.bookables.map((b) => (
          <li key={b.id}>
            {b.name} ({t(`workBookings.kind.${b.kind}` as "workBookings.kind.group")}) – <Link to={bookingPath(lang, b.id)}>{t("workBookings.openPage")}</Link>
          </li>
        ))}
      </ul>
      <h2>{t("workBookings.newService")}</h2>
      <ErrorSummary errors={errors} />
      <Form method="post" className="form narrow">
        <SelectField name="serviceId" label={t("workBookings.service")} options={loaderData.services} errors={errors} required />
        <SelectField
          name="scope"
          label={t("workBookings.scope")}
          options={bookingScopes.map((s) => ({ value: s, label: t(`workBookings.scope.${s}`) }))}
          errors={errors}
          required
        />
        <SelectField
          name="kind"
          label={t("workBookings.kind")}
          options={bookingKinds.map((k) => ({ value: k, label: t(`workBookings.kind.${k}`) }))}
          errors={errors}
          required
        />
        <TextField name="capacity" label={t("workBookings.capacity")} value="1" errors={errors} inputMode="numeric" />
        <CheckboxGroup name="practitionerIds" legend={t("workBookings.practitioners")} options={loaderData.practitioners} selected={[]} errors={errors} />
        <TextField name="durationMinutes" label={t("workBookings.duration")} value="45" errors={errors} inputMode="numeric" required />
        <TextField name="bufferMinutes" label={t("workBookings.buffer")} value="15" errors={errors} inputMode="numeric" />
        <TextField name="minimumNoticeHours" label={t("workBookings.notice")} value="24" errors={errors} inputMode="numeric" />
        <TextField name="horizonDays" label={t("workBookings.horizon")} value="42" errors={errors} inputMode="numeric" required />
        <TextField name="dailyCap" label={t("workBookings.dailyCap")} errors={errors} inputMode="numeric" />
        <CheckboxGroup
          name="channels"
          legend={t("workBookings.channels")}
          options={bookingChannels.map((c) => ({ value: c, label: t(`booking.channel.${c}`) }))}
          selected={[]}
          errors={errors}
        />
        <SelectField name="servicePointId" label={t("workBookings.servicePoint")} options={loaderData.servicePoints} emptyLabel="–" errors={errors} />
        <TextField name="phone" type="tel" label={t("workBookings.phone")} errors={errors} />
        <TextField name="languages" label={t("workBookings.languages")} value="fi" errors={errors} />
        <fieldset>
          <legend>{t("workBookings.weekly")}</legend>
          {weekdays.map((d) => (
            <TextField key={d} name={`day${d}`} label={weekdayName(d)} value={d <= 5 ? "9.00–12.00" : ""} errors={errors} />
          ))}
        </fieldset>
        <TextField name="exceptions" label={t("workBookings.exceptions")} errors={errors} multiline />
        <button type="submit" className="button">
          {t("workBookings.publish")}
        </button>
      </Form>
      {loaderData.contactOrganizations.map((organizationId) => (
        <Form method="post" className="form narrow" key={organizationId}>
          <input type="hidden" name="intent" value="meetingLink" />
          <input type="hidden" name="organizationId" value={organizationId} />
          <TextField name="template" label={t("workBookings.meetingLink")} hint={t("workBookings.meetingLinkHint")} />
          <button type="submit" className="button button--secondary">
            {t("workBookings.save")}
          </button>
        </Form>
      ))}
    </>
  );
}
