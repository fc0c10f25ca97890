import { data, Form, Link, redirect } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLocalize } from "~/kit/i18n/localized-text";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { formatDate, formatDateTime } from "~/kit/format";
import { Notice } from "~/kit/forms/components";
import { text } from "~/kit/forms/form-data";
import { commandFailure } from "~/kit/http/respond.server";
import { placeName, reference } from "~/reference/public.server";
import { setSharedQueue } from "../../commands/queue-setting.server";
import { queueViews, type QueueView } from "../../inputs";
import { queueCounts, queueFor, queueSettingsFor } from "../../queries.server";
import type { Route } from "./+types/queue";

/** `/:lang/work/contact-requests`: the queues the user works in, and the shared-queue setting of the regions they coordinate. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const requested = new URL(request.url).searchParams.get("view") ?? "open";
  if (!(queueViews as readonly string[]).includes(requested)) throw data(translator(lang)("validation.invalid"), { status: 400 });
  const view = requested as QueueView;
  const [items, counts, settings, ref] = await Promise.all([queueFor(user, view), queueCounts(user), queueSettingsFor(user), reference()]);
  const regionName = (code: string) => placeName(ref.byCode.get(code), lang) || code;
  return {
    view,
    items: items.map((i) => ({ ...i, regionName: i.regionCode ? regionName(i.regionCode) : null })),
    counts,
    settings: settings.map((s) => ({ ...s, regionName: regionName(s.regionCode) })),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  const regionCode = text(form, "regionCode");
  const sharedQueue = form.get("sharedQueue") === "yes" ? "yes" : "no";
  try {
    await setSharedQueue(user, { regionCode, sharedQueue });
  } catch (error) {
    return commandFailure(error, lang, { regionCode, sharedQueue });
  }
  return redirect(`/${lang}/work/contact-requests?notice=settingSaved`, { status: 303 });
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("contactQueue.title"));

export default function QueuePage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const { view, items, counts, settings } = loaderData;
  return (
    <>
      <p>
        <Link to={`/${lang}/work`}>{t("work.backToWork")}</Link>
      </p>
      <h1>{t("contactQueue.title")}</h1>
      <p className="lead">{t("contactQueue.intro")}</p>
      <Notice notices={{ settingSaved: "contactQueue.settings.saved" }} />
      <p className={counts.overdue ? "alert alert--error" : "alert"} id="queue-counts">
        {t("contactQueue.counts", counts)}
      </p>
      <nav aria-label={t("contactQueue.views")}>
        <ul className="link-list">
          {queueViews.map((v) => (
            <li key={v}>
              <Link to={`/${lang}/work/contact-requests?view=${v}`} aria-current={v === view ? "page" : undefined}>
                {t(`contactQueue.view.${v}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {items.length === 0 ? (
        <p>{t("contactQueue.none")}</p>
      ) : (
        <div className="table-wrap">
          <table className="data" id="contact-queue">
            <thead>
              <tr>
                <th scope="col">{t("contactQueue.col.request")}</th>
                <th scope="col">{t("contactQueue.col.queue")}</th>
                <th scope="col">{t("contactQueue.col.received")}</th>
                <th scope="col">{t("contactQueue.col.due")}</th>
                <th scope="col">{t("contactQueue.col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className={item.overdue ? "overdue-row" : undefined}>
                  <td>
                    <Link to={`/${lang}/work/contact-requests/${item.id}`}>
                      {item.topic === "other" ? t("contactRequests.topic.other") : t(`topic.${item.topic}` as never)}
                    </Link>
                    <br />
                    {item.serviceName ? localize(item.serviceName) : localize(item.organizationName)} · {t(`language.${item.language}` as never)} ·{" "}
                    {t(`contactRequests.channel.${item.channel as "phone"}`)}
                  </td>
                  <td>
                    {item.regionName
                      ? `${t("contactQueue.sharedQueue")} (${item.regionName})`
                      : `${t("contactQueue.ownQueue")} (${localize(item.organizationName)})`}
                  </td>
                  <td>{formatDateTime(item.receivedAt, lang)}</td>
                  <td>
                    {item.overdue && <strong className="overdue-label">{t("contactQueue.overdue")}: </strong>}
                    {formatDate(item.dueAt, lang)}
                  </td>
                  <td>
                    {t(`contactRequests.status.${item.status as "received"}`)}
                    {item.claimedByName && (
                      <>
                        <br />
                        {t("contactQueue.handler", { name: item.claimedByName })}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {settings.length > 0 && (
        <section aria-labelledby="queue-settings">
          <h2 id="queue-settings">{t("contactQueue.settings.title")}</h2>
          <p>{t("contactQueue.settings.hint")}</p>
          {settings.map((s) => (
            <Form method="post" className="form narrow" key={`${s.regionCode}-${s.sharedQueue}`}>
              <input type="hidden" name="regionCode" value={s.regionCode} />
              <div className="option">
                <input type="checkbox" id={`shared-${s.regionCode}`} name="sharedQueue" value="yes" defaultChecked={s.sharedQueue} />
                <label htmlFor={`shared-${s.regionCode}`}>{t("contactQueue.settings.shared", { region: s.regionName })}</label>
              </div>
              <button type="submit" className="button button--secondary">
                {t("contactQueue.settings.save")}
              </button>
            </Form>
          ))}
        </section>
      )}
    </>
  );
}
