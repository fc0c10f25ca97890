import { requireUser, forbidden } from "~/kit/permissions/current-user.server";
import { canReadOutbox } from "~/mail/permissions";
import { Pagination, pageParam } from "~/kit/components/pagination";
import { formatDateTime } from "~/kit/format";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { isLanguage, type Language } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { listOutbox, outboxPageSize } from "~/mail/queries.server";
import type { Route } from "./+types/outbox";

const languageOf = (lang: string | undefined): Language => (isLanguage(lang) ? lang : "fi");

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params.lang);
  const user = await requireUser(request, lang);
  if (!canReadOutbox(user)) forbidden(translator(lang)("error.forbidden"));
  const page = pageParam(request.url);
  return { page, pageSize: outboxPageSize, ...(await listOutbox(user, page)) };
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params.lang))("outbox.title"));

export default function Outbox({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { rows, total, page } = loaderData;
  return (
    <>
      <h1>{t("outbox.title")}</h1>
      <p>{t("outbox.intro")}</p>
      {rows.length === 0 ? (
        <p>{t("outbox.none")}</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t("outbox.col.created")}</th>
                <th scope="col">{t("outbox.col.recipient")}</th>
                <th scope="col">{t("outbox.col.subject")}</th>
                <th scope="col">{t("outbox.col.status")}</th>
                <th scope="col">{t("outbox.col.body")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.id}>
                  <td>{formatDateTime(m.createdAt, lang)}</td>
                  <td>{m.recipient}</td>
                  <td>{m.subject}</td>
                  <td>
                    {m.status === "sent" && m.sentAt
                      ? t("outbox.status.sent", { at: formatDateTime(m.sentAt, lang) })
                      : m.status === "failed" || m.status === "retrying"
                        ? t(`outbox.status.${m.status}`, { attempts: m.attempts, error: m.error ?? "" })
                        : t(`outbox.status.${m.status === "sent" ? "queued" : m.status}`)}
                  </td>
                  <td>
                    <details>
                      <summary>{t("outbox.showBody")}</summary>
                      <pre className="mail-body">{m.body}</pre>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageSize={loaderData.pageSize} total={total} />
    </>
  );
}
