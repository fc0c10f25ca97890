import { Link } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLocalize } from "~/kit/i18n/localized-text";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { formatDate } from "~/kit/format";
import { Notice } from "~/kit/forms/components";
import { referralsFor } from "../queries.server";
import type { Route } from "./+types/referrals";

/** `/:lang/work/referrals`: the referrals the user's organisations sent and received, without the clients' details. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request, languageOf(params));
  return { referrals: await referralsFor(user) };
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("referrals.title"));

export default function ReferralsPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  return (
    <>
      <p>
        <Link to={`/${lang}/work`}>{t("work.backToWork")}</Link>
      </p>
      <h1>{t("referrals.title")}</h1>
      <p className="lead">{t("referrals.intro")}</p>
      <Notice notices={{ created: "referrals.notice.created" }} />
      <p>
        <Link to={`/${lang}/work/referrals/new`} className="button">
          {t("referrals.new")}
        </Link>
      </p>
      {loaderData.referrals.length === 0 ? (
        <p>{t("referrals.none")}</p>
      ) : (
        <div className="table-wrap">
          <table className="data" id="referrals">
            <thead>
              <tr>
                <th scope="col">{t("referrals.col.referral")}</th>
                <th scope="col">{t("referrals.col.direction")}</th>
                <th scope="col">{t("referrals.col.created")}</th>
                <th scope="col">{t("referrals.col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {loaderData.referrals.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/${lang}/work/referrals/${r.id}`}>{r.serviceName ? localize(r.serviceName) : localize(r.toName)}</Link>
                  </td>
                  <td>
                    {r.direction === "sent"
                      ? t("referrals.direction.sent", { organization: localize(r.toName) })
                      : t("referrals.direction.received", { organization: localize(r.fromName) })}
                  </td>
                  <td>{formatDate(r.createdAt, lang)}</td>
                  <td>
                    {t(`referrals.status.${r.status as "sent"}`)}
                    {r.outcome && ` · ${t(`referrals.outcome.${r.outcome as "contacted"}`)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
