import { Form, Link } from "react-router";
import { forbidden, requireUser } from "~/kit/permissions/current-user.server";
import { isAdmin } from "~/kit/permissions/roles";
import { auditEntityTypes as entityTypes } from "~/audit/entity-types";
import { canReadAuditTrail } from "~/audit/permissions";
import { auditPageSize, listAuditEvents } from "~/audit/queries.server";
import { Pagination, pageParam } from "~/kit/components/pagination";
import { formatDateTime } from "~/kit/format";
import { pageTitle } from "~/kit/page-title";
import { hasMessage, translator } from "~/kit/i18n/catalogue";
import { isLanguage, type Language } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import type { Route } from "./+types/audit";

const languageOf = (lang: string | undefined): Language => (isLanguage(lang) ? lang : "fi");

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params.lang);
  const user = await requireUser(request, lang);
  if (!canReadAuditTrail(user)) forbidden(translator(lang)("error.forbidden"));
  const search = new URL(request.url).searchParams;
  const typeParam = search.get("entityType") ?? "";
  // Unknown types and overlong ids filter nothing out rather than fail: the filter is a convenience.
  const entityType = (entityTypes as readonly string[]).includes(typeParam) ? typeParam : "";
  const entityId = (search.get("entityId") ?? "").trim().slice(0, 100);
  const page = pageParam(request.url);
  const result = await listAuditEvents(user, { entityType: entityType || undefined, entityId: entityId || undefined, page });
  return { ...result, page, pageSize: auditPageSize, entityType, entityId, all: isAdmin(user) };
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params.lang))("audit.title"));

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

export default function AuditTrail({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { rows, total, page, entityType, entityId, all } = loaderData;
  const label = (prefix: "audit.entity" | "audit.action", value: string) => {
    const key = `${prefix}.${value}`;
    return hasMessage(lang, key) ? t(key) : value;
  };
  return (
    <>
      <h1>{t("audit.title")}</h1>
      <p>{all ? t("audit.introAll") : t("audit.introRegion")}</p>
      <Form method="get" className="form">
        <fieldset className="card">
          <legend>{t("audit.filter")}</legend>
          <div className="field">
            <label htmlFor="audit-entity-type">{t("audit.filter.entityType")}</label>
            <select id="audit-entity-type" name="entityType" defaultValue={entityType}>
              <option value="">{t("audit.filter.any")}</option>
              {entityTypes.map((type) => (
                <option key={type} value={type}>
                  {label("audit.entity", type)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="audit-entity-id">{t("audit.filter.entityId")}</label>
            <input id="audit-entity-id" name="entityId" defaultValue={entityId} maxLength={100} />
          </div>
          <button type="submit" className="button">
            {t("audit.filter.submit")}
          </button>
        </fieldset>
      </Form>
      {rows.length === 0 ? (
        <p>{t("audit.none")}</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t("audit.col.at")}</th>
                <th scope="col">{t("audit.col.actor")}</th>
                <th scope="col">{t("audit.col.action")}</th>
                <th scope="col">{t("audit.col.entity")}</th>
                <th scope="col">{t("audit.col.changes")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((event) => (
                <tr key={event.id}>
                  <td>{formatDateTime(event.at, lang)}</td>
                  <td>{event.actorLabel}</td>
                  <td>{label("audit.action", event.action)}</td>
                  <td>
                    {label("audit.entity", event.entityType)}
                    <br />
                    <Link
                      to={`/${lang}/work/audit?${new URLSearchParams({ entityType: event.entityType, entityId: event.entityId })}`}
                      aria-label={t("audit.historyOf", { id: event.entityId })}
                    >
                      <code>{event.entityId}</code>
                    </Link>
                  </td>
                  <td>
                    <ul className="changes">
                      {Object.entries(event.changes).map(([field, change]) => (
                        <li key={field}>
                          <strong>{field}</strong>: {show(change.old) || t("audit.empty")} → {show(change.new) || t("audit.empty")}
                        </li>
                      ))}
                    </ul>
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
