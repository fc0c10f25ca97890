import { data, Form, Link, redirect } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { InvalidInput, NotFound, PermissionDenied } from "~/kit/validation/errors";
import { issuesFromZod, translateIssues } from "~/kit/validation/fields";
import { isUuid } from "~/kit/validation/uuid";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf, languages } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { formatDate } from "~/kit/format";
import { forbiddenResponse, notFoundResponse } from "~/kit/http/respond.server";
import { answerFeedback } from "../commands/answer.server";
import { answerStates, feedbackKinds, feedbackLimits, inboxFilters } from "../inputs";
import { canReadFeedback } from "../permissions";
import { feedbackPages, helpfulness, inboxCounts, inboxItems } from "../queries.server";
import type { Route } from "./+types/inbox";

const filterNames = ["page", "language", "kind", "status"] as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  if (!canReadFeedback(user)) throw forbiddenResponse(lang);
  const query = new URL(request.url).searchParams;
  const parsed = inboxFilters.safeParse(Object.fromEntries(filterNames.map((name) => [name, query.get(name) ?? undefined])));
  if (!parsed.success) {
    const [issue] = issuesFromZod(parsed.error);
    throw data(translator(lang)(issue.key, issue.values), { status: 400 });
  }
  const filters = parsed.data;
  const [items, counts, votes, pages] = await Promise.all([inboxItems(filters), inboxCounts(filters), helpfulness(filters), feedbackPages()]);
  return { filters, items, counts, votes, pages, answered: query.get("notice") === "answered" };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  const id = form.get("id");
  if (!isUuid(id)) throw notFoundResponse(lang);
  const replyField = form.get("reply");
  const reply = typeof replyField === "string" ? replyField : "";
  try {
    await answerFeedback(user, id, { reply });
  } catch (error) {
    if (error instanceof InvalidInput) return data({ id, reply, errors: translateIssues(error.issues, translator(lang)) }, { status: 400 });
    if (error instanceof PermissionDenied) throw forbiddenResponse(lang);
    if (error instanceof NotFound) throw notFoundResponse(lang);
    throw error;
  }
  // Back to the same filtered view, with the notice.
  const query = new URL(request.url).searchParams;
  query.set("notice", "answered");
  return redirect(`/${lang}/work/feedback?${query.toString()}#feedback-${id}`, { status: 303 });
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("feedbackInbox.title"));

export default function FeedbackInbox({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { filters, items, counts, votes, pages, answered } = loaderData;
  const refused = actionData;
  const languageName = (code: string) => ((languages as readonly string[]).includes(code) ? t(`feedbackInbox.language.${code as "fi"}`) : code);
  return (
    <>
      <p>
        <Link to={`/${lang}/work`}>{t("work.backToWork")}</Link>
      </p>
      <h1>{t("feedbackInbox.title")}</h1>
      <p className="lead">{t("feedbackInbox.intro")}</p>
      <p className={counts.overdue ? "alert alert--error" : "alert"} id="feedback-counts">
        {t("feedbackInbox.counts", counts)}
      </p>
      {answered && !refused && (
        <p role="status" className="alert alert--success">
          {t("feedbackInbox.answeredNotice")}
        </p>
      )}

      <Form method="get" className="form" aria-labelledby="feedback-filters">
        <h2 id="feedback-filters">{t("feedbackInbox.filters")}</h2>
        <div className="row">
          <div className="field">
            <label htmlFor="filter-page">{t("feedbackInbox.page")}</label>
            <select id="filter-page" name="page" defaultValue={filters.page ?? ""}>
              <option value="">{t("feedbackInbox.any")}</option>
              {pages.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-language">{t("feedbackInbox.language")}</label>
            <select id="filter-language" name="language" defaultValue={filters.language ?? ""}>
              <option value="">{t("feedbackInbox.any")}</option>
              {languages.map((l) => (
                <option key={l} value={l}>
                  {languageName(l)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-kind">{t("feedbackInbox.kind")}</label>
            <select id="filter-kind" name="kind" defaultValue={filters.kind ?? ""}>
              <option value="">{t("feedbackInbox.any")}</option>
              {feedbackKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`feedback.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-status">{t("feedbackInbox.status")}</label>
            <select id="filter-status" name="status" defaultValue={filters.status ?? ""}>
              <option value="">{t("feedbackInbox.any")}</option>
              {answerStates.map((s) => (
                <option key={s} value={s}>
                  {t(`feedbackInbox.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            {t("feedbackInbox.apply")}
          </button>
        </div>
      </Form>

      <section aria-labelledby="feedback-list">
        <h2 id="feedback-list">{t("feedbackInbox.messages", { count: items.length })}</h2>
        {items.length === 0 && <p>{t("feedbackInbox.none")}</p>}
        {items.map((item) => {
          const error = refused?.id === item.id ? refused.errors.reply : undefined;
          return (
            <article
              key={item.id}
              id={`feedback-${item.id}`}
              className={`card feedback-item${item.overdue ? " feedback-item--overdue" : ""}`}
              aria-labelledby={`feedback-${item.id}-title`}
            >
              <h3 id={`feedback-${item.id}-title`}>
                {item.overdue && <span className="overdue-label">{t("feedbackInbox.overdue")}: </span>}
                {t(`feedback.kind.${item.kind as "general"}`)} · {languageName(item.language)} · {item.pagePath ?? t("feedbackInbox.noPage")}
              </h3>
              <p className="muted">
                {t("feedbackInbox.received", { date: formatDate(item.receivedAt, lang) })}
                {item.dueAt && (
                  <>
                    {" · "}
                    {t("feedbackInbox.due", { date: formatDate(item.dueAt, lang) })}
                  </>
                )}
              </p>
              <blockquote lang={item.language} className="feedback-item__message">
                {item.message}
              </blockquote>
              <p>{item.email ? t("feedbackInbox.from", { email: item.email }) : t("feedbackInbox.noEmail")}</p>
              {item.answeredAt ? (
                <>
                  <p>{t("feedbackInbox.answered", { date: formatDate(item.answeredAt, lang), by: item.answeredBy ?? "" })}</p>
                  <blockquote className="feedback-item__reply">{item.reply}</blockquote>
                  {item.replyMailed && <p>{t("feedbackInbox.mailed")}</p>}
                </>
              ) : (
                <Form method="post" className="form narrow">
                  <input type="hidden" name="id" value={item.id} />
                  <div className="field">
                    <label htmlFor={`reply-${item.id}`}>{t("feedbackInbox.reply")}</label>
                    <p className="field__hint" id={`reply-${item.id}-hint`}>
                      {t(item.email ? "feedbackInbox.replyHintMail" : "feedbackInbox.replyHintNoMail")}
                    </p>
                    <textarea
                      id={`reply-${item.id}`}
                      name="reply"
                      rows={3}
                      required
                      maxLength={feedbackLimits.reply}
                      defaultValue={refused?.id === item.id ? refused.reply : ""}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={`reply-${item.id}-hint${error ? ` reply-${item.id}-error` : ""}`}
                    />
                    {error && (
                      <p className="field__error" id={`reply-${item.id}-error`} role="alert">
                        {error}
                      </p>
                    )}
                  </div>
                  <button type="submit" className="button">
                    {t("feedbackInbox.markAnswered")}
                  </button>
                </Form>
              )}
            </article>
          );
        })}
      </section>

      <section aria-labelledby="feedback-helpfulness">
        <h2 id="feedback-helpfulness">{t("feedbackInbox.helpfulness")}</h2>
        {votes.length === 0 ? (
          <p>{t("feedbackInbox.helpfulnessNone")}</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t("feedbackInbox.col.page")}</th>
                  <th scope="col">{t("feedbackInbox.col.language")}</th>
                  <th scope="col">{t("feedbackInbox.col.yes")}</th>
                  <th scope="col">{t("feedbackInbox.col.no")}</th>
                </tr>
              </thead>
              <tbody>
                {votes.map((v) => (
                  <tr key={`${v.pagePath} ${v.language}`}>
                    <td>
                      <a href={`/${v.language}${v.pagePath === "/" ? "" : v.pagePath}`}>{v.pagePath}</a>
                    </td>
                    <td>{languageName(v.language)}</td>
                    <td className="num">{v.yes}</td>
                    <td className="num">{v.no}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
