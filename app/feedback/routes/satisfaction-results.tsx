import { data, Form, Link } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { issuesFromZod } from "~/kit/validation/fields";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { Localized } from "~/kit/i18n/localized-text";
import { formatNumber } from "~/kit/i18n/numbers";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { formatDate } from "~/kit/format";
import { forbiddenResponse } from "~/kit/http/respond.server";
import { todayInFinland } from "~/kit/dates/calendar";
import { satisfactionScope } from "../permissions";
import { commentsShown, resultsFilters, satisfactionScores } from "../satisfaction-inputs";
import { lastTwelveMonths, monthForInput } from "~/kit/dates/months";
import { satisfactionByService, satisfactionComments } from "../satisfaction-queries.server";
import type { Route } from "./+types/satisfaction-results";

/** `/:lang/work/satisfaction`: answers to the satisfaction question per service (decision 0202). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const scope = satisfactionScope(user);
  if (!scope) throw forbiddenResponse(lang);
  const query = new URL(request.url).searchParams;
  const parsed = resultsFilters.safeParse({ from: query.get("from") ?? undefined, to: query.get("to") ?? undefined });
  if (!parsed.success) {
    const [issue] = issuesFromZod(parsed.error);
    throw data(translator(lang)(issue.key, issue.values), { status: 400 });
  }
  const fallback = lastTwelveMonths(todayInFinland());
  const period = {
    from: parsed.data.from ?? (parsed.data.to && parsed.data.to < fallback.from ? parsed.data.to : fallback.from),
    to: parsed.data.to ?? fallback.to,
  };
  const [services, comments] = await Promise.all([satisfactionByService(scope, period), satisfactionComments(scope, period)]);
  return { period, services, comments };
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("satisfactionResults.title"));

export default function SatisfactionResults({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { period, services, comments } = loaderData;
  const average = (value: number) => formatNumber(value, lang, { maximumFractionDigits: 1 });
  return (
    <>
      <p>
        <Link to={`/${lang}/work`}>{t("work.backToWork")}</Link>
      </p>
      <h1>{t("satisfactionResults.title")}</h1>
      <p className="lead">{t("satisfactionResults.intro")}</p>
      <Form method="get" className="form" aria-labelledby="satisfaction-period">
        <h2 id="satisfaction-period">{t("satisfactionResults.period")}</h2>
        <div className="row">
          <div className="field">
            <label htmlFor="filter-from">{t("satisfactionResults.from")}</label>
            <input id="filter-from" name="from" defaultValue={monthForInput(period.from)} aria-describedby="filter-month-hint" inputMode="numeric" />
          </div>
          <div className="field">
            <label htmlFor="filter-to">{t("satisfactionResults.to")}</label>
            <input id="filter-to" name="to" defaultValue={monthForInput(period.to)} aria-describedby="filter-month-hint" inputMode="numeric" />
          </div>
          <button type="submit" className="button button--secondary">
            {t("satisfactionResults.apply")}
          </button>
        </div>
        <p className="field__hint" id="filter-month-hint">
          {t("satisfactionResults.monthHint")}
        </p>
      </Form>

      <section aria-labelledby="satisfaction-services">
        <h2 id="satisfaction-services">{t("satisfactionResults.services")}</h2>
        {services.length === 0 ? (
          <p>{t("satisfactionResults.none")}</p>
        ) : (
          <div className="table-wrap" role="region" aria-labelledby="satisfaction-services" tabIndex={0}>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t("satisfactionResults.service")}</th>
                  <th scope="col">{t("satisfactionResults.answers")}</th>
                  <th scope="col">{t("satisfactionResults.average")}</th>
                  {satisfactionScores.map((score) => (
                    <th scope="col" key={score}>
                      {t(`satisfaction.score.${score}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {services.map((row) => (
                  <tr key={`${row.organizationId} ${row.serviceId ?? ""}`}>
                    <th scope="row">
                      {row.serviceName ? <Localized value={row.serviceName} /> : t("satisfactionResults.organizationAsWhole")}
                      <br />
                      <span className="muted">
                        <Localized value={row.organizationName} />
                      </span>
                    </th>
                    <td>{formatNumber(row.answers, lang)}</td>
                    <td>{average(row.average)}</td>
                    {row.distribution.map((count, index) => (
                      <td key={index}>{formatNumber(count, lang)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="satisfaction-comments">
        <h2 id="satisfaction-comments">{t("satisfactionResults.comments", { shown: commentsShown })}</h2>
        {comments.length === 0 ? (
          <p>{t("satisfactionResults.noComments")}</p>
        ) : (
          <div>
            {comments.map((comment, index) => (
              <article key={index} className="card">
                <p className="muted">
                  {formatDate(comment.answeredAt, lang)} · {t(`satisfaction.kind.${comment.kind}`)} ·{" "}
                  <Localized value={comment.serviceName ?? comment.organizationName} /> · {t("satisfactionResults.score", { score: comment.score })}
                </p>
                <blockquote>{comment.comment}</blockquote>
              </article>
            ))}
          </div>
        )}
      </section>
    </>
  );
}
