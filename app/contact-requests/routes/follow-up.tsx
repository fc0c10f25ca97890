import { data, redirect, useLocation } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { NotFound } from "~/kit/validation/errors";
import { InvalidInput } from "~/kit/validation/errors";
import { translateIssues } from "~/kit/validation/fields";
import { translator } from "~/kit/i18n/catalogue";
import { Localized } from "~/kit/i18n/localized-text";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { formatDate, formatDateTime } from "~/kit/format";
import { clientAddress } from "~/kit/http/client-address.server";
import { rateLimited, refusalMessage } from "~/kit/rate-limit/answer.server";
import { withdrawRequest } from "../commands/handle.server";
import { followUp } from "../queries.server";
import { followUpPosts } from "../rate-limit.server";
import type { Route } from "./+types/follow-up";

/**
 * The follow-up page is for one person (its address is the key): never kept by a shared cache, and
 * its address is not sent on to other sites (same-origin: a post from the page still carries its Origin,
 * which the router's check of actions needs). A refused withdrawal's Retry-After goes out too.
 */
export const headers: Route.HeadersFunction = ({ actionHeaders }) => {
  const answer = new Headers({ "Cache-Control": "private, no-store", "Referrer-Policy": "same-origin" });
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) answer.set("Retry-After", retryAfter);
  return answer;
};

/** `/:lang/contact-requests/:token`: the citizen's view of their request, from the link they got on sending it. */
export async function loader({ params, request }: Route.LoaderArgs) {
  const state = await followUp(params.token);
  // Still a page of its own in the page's language, so that the citizen learns why (404).
  if (!state) return data({ state: null, sent: false, withdrawn: false }, { status: 404 });
  const query = new URL(request.url).searchParams;
  return { state, sent: query.get("sent") === "1", withdrawn: query.get("withdrawn") === "1" };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const verdict = await followUpPosts.consume({ address: clientAddress(request) });
  if (!verdict.allowed) return data({ error: refusalMessage(verdict, t) }, rateLimited(verdict));
  try {
    await withdrawRequest(params.token);
  } catch (error) {
    if (error instanceof NotFound) throw data(t("contactRequests.follow.unknown"), { status: 404 });
    if (error instanceof InvalidInput) return data({ error: Object.values(translateIssues(error.issues, t)).join(" ") }, { status: 400 });
    throw error;
  }
  return redirect(`/${lang}/contact-requests/${params.token}?withdrawn=1`, { status: 303, headers: { "Referrer-Policy": "same-origin" } });
}

export const meta = ({ params }: Route.MetaArgs) => [
  ...pageTitle(params.lang, translator(languageOf(params))("contactRequests.follow.title")),
  { name: "robots", content: "noindex" },
];

export default function FollowUpPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { state, sent, withdrawn } = loaderData;
  // Posted to the address without its notice (?sent=1).
  const { pathname } = useLocation();
  if (!state)
    return (
      <>
        <h1>{t("contactRequests.follow.title")}</h1>
        <p className="alert alert--error">{t("contactRequests.follow.unknown")}</p>
      </>
    );
  const open = state.status === "received" || state.status === "handling" || state.status === "answered";
  return (
    <>
      <h1>{t("contactRequests.follow.title")}</h1>
      {sent && (
        <div role="status" className="alert alert--success">
          <p>{t("contactRequests.follow.sent")}</p>
          <p>{t("contactRequests.follow.keepLink")}</p>
        </div>
      )}
      {withdrawn && (
        <p role="status" className="alert alert--success">
          {t("contactRequests.follow.withdrawn")}
        </p>
      )}
      {actionData?.error && (
        <p role="alert" className="alert alert--error">
          {actionData.error}
        </p>
      )}
      <dl className="facts">
        <dt>{t("contactRequests.service")}</dt>
        <dd>
          {state.serviceId ? (
            <a href={`/${lang}/services/${state.serviceId}`}>
              <Localized value={state.serviceName} />
            </a>
          ) : (
            <Localized value={state.organizationName} />
          )}
        </dd>
        <dt>{t("contactRequests.follow.status")}</dt>
        <dd id="request-status">{t(`contactRequests.status.${state.status as "received"}`)}</dd>
        <dt>{t("contactRequests.follow.received")}</dt>
        <dd>{formatDateTime(state.receivedAt, lang)}</dd>
        {!state.answeredAt && open && (
          <>
            <dt>{t("contactRequests.follow.due")}</dt>
            <dd>{formatDate(state.dueAt, lang)}</dd>
          </>
        )}
        {state.answeredAt && (
          <>
            <dt>{t("contactRequests.follow.answered")}</dt>
            <dd>
              {t("contactRequests.follow.answeredHow", {
                date: formatDate(state.answeredAt, lang),
                channel: t(`contactRequests.channel.${(state.answerChannel ?? "phone") as "phone"}`),
              })}
            </dd>
          </>
        )}
      </dl>
      {state.satisfactionPath && (
        <p>
          <a href={state.satisfactionPath} id="satisfaction-link">
            {t("contactRequests.follow.rate")}
          </a>
        </p>
      )}
      {open && (
        <form method="post" action={pathname} className="form narrow">
          <input type="hidden" name="intent" value="withdraw" />
          <p>{t("contactRequests.follow.withdrawHint")}</p>
          <button type="submit" className="button button--secondary">
            {t("contactRequests.follow.withdraw")}
          </button>
        </form>
      )}
    </>
  );
}
