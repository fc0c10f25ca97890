import { data, redirect } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { InvalidInput, NotFound } from "~/kit/validation/errors";
import { translateIssues } from "~/kit/validation/fields";
import { translator } from "~/kit/i18n/catalogue";
import { localize } from "~/kit/i18n/localized";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { clientAddress } from "~/kit/http/client-address.server";
import { notFoundResponse } from "~/kit/http/respond.server";
import { rateLimited, refusalMessage } from "~/kit/rate-limit/answer.server";
import { cancelRegistration, registrationByToken, waitingPosition } from "../commands/register.server";
import { eventWhen } from "../format";
import { linkAttempts } from "../rate-limit.server";
import { db } from "~/kit/db/db.server";
import type { Route } from "./+types/registration";

export { headers } from "~/kit/rate-limit/answer.server";

/**
 * `/:lang/events/registrations/:token`: the person's own registration, reached from the link in
 * their e-mail (or straight after registering): its status, place on the waiting list, and a
 * button that cancels it. No account; the token is the key, and the page is never cached.
 */
export async function loader({ params, request }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const found = await registrationByToken(params.token ?? "");
  if (!found) throw notFoundResponse(lang);
  const { registration: r, event: e } = found;
  const search = new URL(request.url).searchParams;
  return {
    eventId: e.id,
    title: localize(e.title, lang).text,
    when: eventWhen(e.startsAt, e.endsAt, lang),
    status: r.status,
    position: r.status === "waiting" ? await waitingPosition(db(), e.id, r.queueNo) : 0,
    canCancel: r.status !== "cancelled" && e.startsAt > new Date(),
    sent: search.get("sent") === "1",
    cancelled: search.get("cancelled") === "1",
  };
}

export async function action({ params, request }: Route.ActionArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const verdict = await linkAttempts.consume({ address: clientAddress(request) });
  if (!verdict.allowed) return data({ error: refusalMessage(verdict, t) }, rateLimited(verdict));
  try {
    await cancelRegistration(params.token ?? "");
  } catch (error) {
    if (error instanceof NotFound) throw notFoundResponse(lang);
    if (error instanceof InvalidInput) return data({ error: Object.values(translateIssues(error.issues, t))[0] }, { status: 400 });
    throw error;
  }
  return redirect(`/${lang}/events/registrations/${params.token}?cancelled=1`, { status: 303, headers: { "Referrer-Policy": "same-origin" } });
}

export const meta = ({ params }: Route.MetaArgs) => [
  ...pageTitle(params.lang, translator(languageOf(params))("events.registration.title")),
  { name: "robots", content: "noindex" },
];

export default function RegistrationPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const r = loaderData;
  return (
    <>
      <h1>{t("events.registration.title")}</h1>
      <p className="lead">
        {r.title}, {r.when}
      </p>
      {r.sent && r.status === "confirmed" && (
        <p className="alert alert--success" role="status">
          {t("events.registration.confirmedNow")}
        </p>
      )}
      {r.sent && r.status === "waiting" && (
        <p className="alert alert--success" role="status">
          {t("events.registration.waitingNow", { position: r.position })}
        </p>
      )}
      {r.cancelled && (
        <p className="alert alert--success" role="status">
          {t("events.registration.cancelledNow")}
        </p>
      )}
      {actionData?.error && (
        <p className="alert alert--error" role="alert">
          {actionData.error}
        </p>
      )}
      <p>
        {r.status === "confirmed"
          ? t("events.registration.statusConfirmed")
          : r.status === "waiting"
            ? t("events.registration.statusWaiting", { position: r.position })
            : t("events.registration.statusCancelled")}
      </p>
      {r.canCancel && (
        <form method="post" className="form narrow">
          <p>{t("events.registration.cancelHint")}</p>
          <button type="submit" className="button button--secondary" id="cancel-registration">
            {t("events.registration.cancel")}
          </button>
        </form>
      )}
      <p>
        <a href={`/${lang}/events/${r.eventId}`}>{t("events.registration.toEvent")}</a>
      </p>
    </>
  );
}
