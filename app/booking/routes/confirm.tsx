import { data, Form, Link, redirect } from "react-router";
import { ErrorSummary, TextField, type FieldErrors, HoneypotField } from "~/kit/forms/components";
import { clientAddress } from "~/kit/http/client-address.server";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf, type Language } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { pageTitle } from "~/kit/page-title";
import { rateLimited, refusalMessage } from "~/kit/rate-limit/answer.server";
import { InvalidInput, NotFound } from "~/kit/validation/errors";
import { translateIssues } from "~/kit/validation/fields";
import { SlotTaken, alternativesTo, bookTime } from "../commands/book.server";
import { contactRetentionMonths } from "../commands/reminder.server";
import { bookingDay, bookingTime } from "../format";
import { bookingLimits } from "../inputs";
import { bookingPath, confirmPath } from "../paths";
import { slotsOf, type Bookable, type OfferedSlot } from "../queries.server";
import { bookingAttempts } from "../rate-limit.server";
import { finnishDayOf } from "../slots";
import { bookableOrNotFound, bookingChoice, isBookingChannel, serviceNameOf } from "./page.server";
import type { Route } from "./+types/confirm";

export { headers } from "~/kit/rate-limit/answer.server";

interface Values {
  name: string;
  email: string;
  phone: string;
  note: string;
}

const iso = (slots: OfferedSlot[]) => slots.map((s) => s.start.toISOString());

/** The time of the address, if it is still one of the free times; otherwise the nearest free ones. */
async function timeOf(bookable: Bookable, url: URL) {
  const choice = bookingChoice(url, bookable);
  const start = new Date(url.searchParams.get("start") ?? "");
  if (Number.isNaN(start.getTime())) return { choice, start: null, alternatives: [] as string[] };
  const day = finnishDayOf(start.getTime());
  const free = (await slotsOf(bookable, { from: day, to: day }, { practitionerId: choice.practitionerId })).some((s) => s.start.getTime() === start.getTime());
  return { choice, start: free ? start.toISOString() : null, alternatives: free ? [] : iso(await alternativesTo(bookable, start, choice.practitionerId)) };
}

const summaryOf = (bookable: Bookable, lang: Language) => ({ id: bookable.id, service: serviceNameOf(bookable, lang) });

/** `/:lang/book/:id/confirm?start=…`: the booking form for one free time (no JavaScript, no account). */
export async function loader({ params, request }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const bookable = await bookableOrNotFound(params.id, lang);
  const time = await timeOf(bookable, new URL(request.url));
  const page = { ...summaryOf(bookable, lang), ...time, retentionMonths: contactRetentionMonths };
  // A link to a time taken since it was shown: the same answer as a refused booking.
  return time.start ? page : data(page, { status: 409 });
}

export async function action({ params, request }: Route.ActionArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const bookable = await bookableOrNotFound(params.id, lang);
  const url = new URL(request.url);
  const form = await request.formData();
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const values: Values = { name: field("name"), email: field("email"), phone: field("phone"), note: field("note") };
  const answer = (errors: FieldErrors, init: ResponseInit, alternatives: string[] = []) => data({ errors, values, alternatives }, init);
  const refuse = (errors: FieldErrors, status = 400) => answer(errors, { status });
  const verdict = await bookingAttempts.consume({ address: clientAddress(request) });
  if (!verdict.allowed) return answer({ form: refusalMessage(verdict, t) }, rateLimited(verdict));
  // A bot fills every field; a person does not see this one.
  if (field("website") !== "") return refuse({ website: t("feedback.honeypotFilled") });
  const channel = url.searchParams.get("channel") ?? "";
  const choice = bookingChoice(url, bookable);
  try {
    const { manageToken } = await bookTime({
      bookableServiceId: bookable.id,
      start: url.searchParams.get("start") ?? "",
      channel: (isBookingChannel(channel) ? channel : "") as never,
      practitionerId: choice.practitionerId,
      name: values.name,
      email: values.email,
      phone: values.phone,
      note: values.note,
      language: lang,
      consent: (field("consent") === "yes") as true,
    });
    return redirect(`/${lang}/book/manage/${manageToken}?booked=1`, { status: 303 });
  } catch (error) {
    if (error instanceof InvalidInput) return refuse(translateIssues(error.issues, t));
    if (error instanceof SlotTaken) return answer({ start: t("booking.taken") }, { status: 409 }, iso(error.alternatives));
    if (error instanceof NotFound) throw data(t("booking.page.notFound"), { status: 404 });
    throw error;
  }
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("booking.form.title"));

function Alternatives({ starts, bookableId, choice }: { starts: string[]; bookableId: string; choice: { practitionerId?: string; channel: string } }) {
  const t = useT();
  const lang = useLanguage();
  if (starts.length === 0) return <p>{t("booking.taken.none")}</p>;
  return (
    <>
      <p>{t("booking.taken.alternatives")}</p>
      <ul className="booking-times">
        {starts.map((start) => (
          <li key={start}>
            <Link to={confirmPath(lang, bookableId, start, choice)}>
              {bookingDay(start, lang)} {bookingTime(start, lang)}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

export default function ConfirmPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { choice } = loaderData;
  const values: Values = actionData?.values ?? { name: "", email: "", phone: "", note: "" };
  const errors = actionData?.errors;
  const taken = !loaderData.start || !!errors?.start;
  if (taken)
    return (
      <article>
        <h1>{t("booking.form.title")}</h1>
        <p role="alert" className="alert alert--error">
          {t("booking.taken")}
        </p>
        <Alternatives
          starts={actionData?.alternatives?.length ? actionData.alternatives : loaderData.alternatives}
          bookableId={loaderData.id}
          choice={choice}
        />
        <p>
          <Link to={bookingPath(lang, loaderData.id)}>{t("booking.form.back")}</Link>
        </p>
      </article>
    );
  const start = loaderData.start!;
  const query = new URLSearchParams({ start, channel: choice.channel });
  if (choice.practitionerId) query.set("practitioner", choice.practitionerId);
  return (
    <article>
      <h1>{t("booking.form.title")}</h1>
      <dl className="facts">
        <dt>{t("booking.form.service")}</dt>
        <dd>{loaderData.service}</dd>
        <dt>{t("booking.form.when")}</dt>
        <dd>
          {bookingDay(start, lang)} {bookingTime(start, lang)}
        </dd>
        <dt>{t("booking.page.channel")}</dt>
        <dd>{t(`booking.channel.${choice.channel}` as "booking.channel.phone")}</dd>
      </dl>
      <ErrorSummary
        errors={errors}
        labels={{
          name: t("booking.form.name"),
          email: t("booking.form.email"),
          phone: t("booking.form.phone"),
          note: t("booking.form.note"),
          consent: t("booking.form.consent", { months: loaderData.retentionMonths }),
          website: t("booking.form.honeypot"),
        }}
      />
      <Form method="post" action={`/${lang}/book/${loaderData.id}/confirm?${query}`} className="form narrow" key={JSON.stringify(actionData ?? null)}>
        <TextField name="name" label={t("booking.form.name")} value={values.name} errors={errors} required autoComplete="name" maxLength={bookingLimits.name} />
        <p className="field__hint" id="contact-hint">
          {t("booking.form.contactHint")}
        </p>
        <TextField
          name="email"
          type="email"
          label={t("booking.form.email")}
          hint={t("booking.form.emailHint")}
          value={values.email}
          errors={errors}
          autoComplete="email"
        />
        <TextField name="phone" type="tel" label={t("booking.form.phone")} value={values.phone} errors={errors} autoComplete="tel" />
        <TextField
          name="note"
          label={t("booking.form.note")}
          hint={t("booking.form.noteHint", { max: bookingLimits.note })}
          value={values.note}
          errors={errors}
          multiline
          maxLength={bookingLimits.note}
        />
        <div className="field" id="f-consent">
          <label>
            <input type="checkbox" name="consent" value="yes" required aria-invalid={errors?.consent ? true : undefined} />{" "}
            {t("booking.form.consent", { months: loaderData.retentionMonths })}
          </label>
          {errors?.consent && <p className="field__error">{errors.consent}</p>}
        </div>
        <HoneypotField label={t("booking.form.honeypot")} />
        <button type="submit" className="button">
          {t("booking.form.submit")}
        </button>
      </Form>
      <p>
        <Link to={bookingPath(lang, loaderData.id)}>{t("booking.form.back")}</Link>
      </p>
    </article>
  );
}
