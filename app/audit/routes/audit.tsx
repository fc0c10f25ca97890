import { Form, Link } from "react-router";
import { forbidden, requireUser } from "~/kit/permissions/current-user.server";
import { isAdmin } from "~/kit/permissions/roles";
import { auditEntityTypes as entityTypes } from "~/audit/entity-types";
import { auditFilterQuery, parseAuditFilter, type AuditFilterParams } from "~/audit/filter";
import { canExportAuditTrail, canReadAuditTrail } from "~/audit/permissions";
import { showAuditRows } from "~/audit/view.server";
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
  const filter = parseAuditFilter(new URL(request.url).searchParams);
  const page = pageParam(request.url);
  const result = await listAuditEvents(user, { ...withoutEmpty(filter), page });
  return {
    rows: await showAuditRows(result.rows, lang),
    total: result.total,
    page,
    pageSize: auditPageSize,
    filter,
    all: isAdmin(user),
    mayExport: canExportAuditTrail(user),
  };
}

const withoutEmpty = (filter: AuditFilterParams) => Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== ""));

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params.lang))("audit.title"));

export default function AuditTrail({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { rows, total, page, filter, all, mayExport } = loaderData;
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
            <select id="audit-entity-type" name="entityType" defaultValue={filter.entityType}>
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
            <input id="audit-entity-id" name="entityId" defaultValue={filter.entityId} maxLength={100} />
          </div>
          <div className="field">
            <label htmlFor="audit-actor">{t("audit.filter.actor")}</label>
            <input id="audit-actor" name="actor" defaultValue={filter.actor} maxLength={100} />
          </div>
          <div className="field">
            <label htmlFor="audit-from">{t("audit.filter.from")}</label>
            <input id="audit-from" name="from" type="date" defaultValue={filter.from} />
          </div>
          <div className="field">
            <label htmlFor="audit-to">{t("audit.filter.to")}</label>
            <input id="audit-to" name="to" type="date" defaultValue={filter.to} />
          </div>
          <button type="submit" className="button">
            {t("audit.filter.submit")}
          </button>
        </fieldset>
      </Form>
      {mayExport && (
        <p>
          <a href={`/${lang}/work/audit.csv?${auditFilterQuery(filter)}`} download>
            {t("audit.export")}
          </a>
        </p>
      )}
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
                    {event.entityName && (
                      <>
                        {": "}
                        <strong>{event.entityName}</strong>
                      </>
                    )}
                    <br />
                    <Link
                      to={`/${lang}/work/audit?${new URLSearchParams({ entityType: event.entityType, entityId: event.entityId })}`}
                      aria-label={t("audit.historyOf", { id: event.entityName ?? event.entityId })}
                    >
                      {t("audit.history")}
                    </Link>
                  </td>
                  <td>
                    <ul className="changes">
                      {event.changes.map((change) => (
                        <li key={change.field}>
                          <strong>{change.label ? t(change.label) : change.field}</strong>: {change.old || t("audit.empty")} → {change.new || t("audit.empty")}
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
