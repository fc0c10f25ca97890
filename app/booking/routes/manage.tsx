import { eq } from "drizzle-orm";
import { data, Form, redirect } from "react-router";
import { addDays } from "~/kit/dates/calendar";
import { db } from "~/kit/db/db.server";
import { clientAddress } from "~/kit/http/client-address.server";
import { text } from "~/kit/forms/form-data";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { pageTitle } from "~/kit/page-title";
import { rateLimited, refusalMessage } from "~/kit/rate-limit/answer.server";
import { InvalidInput } from "~/kit/validation/errors";
import { translateIssues } from "~/kit/validation/fields";
import { practitioner } from "~/network-map/public.server";
import { SlotTaken } from "../commands/book.server";
import { placeOf } from "../commands/citizen-mail.server";
import { bookingByToken, cancelByToken, rebookByToken } from "../commands/manage.server";
import { bookingDay, bookingTime } from "../format";
import { bookableById, slotsOf } from "../queries.server";
import { manageAttempts } from "../rate-limit.server";
import { finnishDayOf } from "../slots";
import { serviceNameOf } from "./page.server";
import type { Route } from "./+types/manage";

export { headers } from "~/kit/rate-limit/answer.server";

/**
 * `/:lang/book/manage/:token`: the citizen's own booking through the secret of its e-mail link: see
 * it, cancel it, or change it to another free time of the next two weeks. Personal data: never
 * cached (the shell's shared caching leaves /book/manage out), never indexed.
 */
export async function loader({ params, request }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const row = await bookingByToken(params.token ?? "");
  if (!row) throw data(t("booking.manage.notFound"), { status: 404, headers: { "Cache-Control": "private, no-store" } });
  const bookable = (await bookableById(row.bookableServiceId))!;
  const [person] = row.practitionerId
    ? await db()
        .select({ givenName: practitioner.givenName, familyName: practitioner.familyName })
        .from(practitioner)
        .where(eq(practitioner.id, row.practitionerId))
    : [];
  const changeable = row.status === "booked" && row.startsAt > new Date();
  const from = finnishDayOf(Date.now());
  const others =
    changeable && !row.groupSessionId
      ? await slotsOf(
          bookable,
          { from, to: addDays(from, 14) },
          { practitionerId: bookable.scope === "organization" ? undefined : (row.practitionerId ?? undefined) },
        )
      : [];
  const place = await db().transaction((tx) => placeOf(tx, row, lang));
  const query = new URL(request.url).searchParams;
  return data(
    {
      service: serviceNameOf(bookable, lang),
      startsAt: row.startsAt.toISOString(),
      channel: row.channel,
      status: row.status,
      practitioner: person ? `${person.givenName} ${person.familyName}` : null,
      place,
      changeable,
      others: others.slice(0, 40).map((s) => s.start.toISOString()),
      notice: (["booked", "moved", "cancelled"] as const).find((n) => query.has(n)) ?? null,
    },
    { headers: { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" } },
  );
}

export async function action({ params, request }: Route.ActionArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const token = params.token ?? "";
  const verdict = await manageAttempts.consume({ address: clientAddress(request) });
  if (!verdict.allowed) return data({ error: refusalMessage(verdict, t), alternatives: [] as string[] }, rateLimited(verdict));
  const form = await request.formData();
  const back = `/${lang}/book/manage/${token}`;
  try {
    if (form.get("intent") === "cancel") {
      await cancelByToken(token);
      return redirect(`${back}?cancelled=1`, { status: 303 });
    }
    const start = new Date(text(form, "start"));
    if (Number.isNaN(start.getTime())) return data({ error: t("booking.badStart"), alternatives: [] as string[] }, { status: 400 });
    await rebookByToken(token, start);
    return redirect(`${back}?moved=1`, { status: 303 });
  } catch (error) {
    if (error instanceof SlotTaken)
      return data({ error: t("booking.taken"), alternatives: error.alternatives.map((a) => a.start.toISOString()) }, { status: 409 });
    if (error instanceof InvalidInput)
      return data({ error: Object.values(translateIssues(error.issues, t)).join(" "), alternatives: [] as string[] }, { status: 400 });
    if (error instanceof Error && error.message.startsWith("Not found")) throw data(t("booking.manage.notFound"), { status: 404 });
    throw error;
  }
}

export const meta = ({ params }: Route.MetaArgs) => [
  ...pageTitle(params.lang, translator(languageOf(params))("booking.manage.title")),
  { name: "robots", content: "noindex" },
];

export default function ManagePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const b = loaderData;
  const notices = { booked: "booking.manage.booked", moved: "booking.manage.moved", cancelled: "booking.manage.cancelled" } as const;
  return (
    <article>
      <h1>{t("booking.manage.title")}</h1>
      {b.notice && !actionData && (
        <p role="status" className="alert alert--success">
          {t(notices[b.notice])}
        </p>
      )}
      {actionData?.error && (
        <p role="alert" className="alert alert--error">
          {actionData.error}
        </p>
      )}
      <dl className="facts">
        <dt>{t("booking.form.service")}</dt>
        <dd>{b.service}</dd>
        <dt>{t("booking.form.when")}</dt>
        <dd>
          {bookingDay(b.startsAt, lang)} {bookingTime(b.startsAt, lang)}
        </dd>
        <dt>{t("booking.page.channel")}</dt>
        <dd>{t(`booking.channel.${b.channel}` as "booking.channel.phone")}</dd>
        {b.place && (
          <>
            <dt>{t("booking.manage.place")}</dt>
            <dd>{b.place}</dd>
          </>
        )}
        {b.practitioner && (
          <>
            <dt>{t("booking.manage.practitioner")}</dt>
            <dd>{b.practitioner}</dd>
          </>
        )}
        <dt>{t("booking.manage.status")}</dt>
        <dd>{t(`booking.status.${b.status}` as "booking.status.booked")}</dd>
      </dl>
      <p>{t("booking.manage.keepLink")}</p>
      {b.changeable && (
        <>
          <Form method="post" className="form">
            <input type="hidden" name="intent" value="cancel" />
            <button type="submit" className="button button--secondary">
              {t("booking.manage.cancel")}
            </button>
          </Form>
          {(b.others.length > 0 || (actionData?.alternatives.length ?? 0) > 0) && (
            <Form method="post" className="form">
              <input type="hidden" name="intent" value="rebook" />
              <fieldset>
                <legend>{t("booking.manage.rebook")}</legend>
                {(actionData?.alternatives.length ? actionData.alternatives : b.others)
                  .filter((s) => s !== b.startsAt)
                  .map((start, i) => (
                    <label key={start} className="booking-choice">
                      <input type="radio" name="start" value={start} required={i === 0} /> {bookingDay(start, lang)} {bookingTime(start, lang)}
                    </label>
                  ))}
              </fieldset>
              <button type="submit" className="button">
                {t("booking.manage.rebookSubmit")}
              </button>
            </Form>
          )}
          {b.others.length === 0 && <p>{t("booking.manage.noOtherTimes")}</p>}
        </>
      )}
    </article>
  );
}
