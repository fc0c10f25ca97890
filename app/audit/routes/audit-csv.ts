import { stringify } from "csv-stringify/sync";
import { neutralizeValue } from "~/kit/csv/formula-cells";
import { privateDownload } from "~/kit/http/download.server";
import { formatDateTime } from "~/kit/format";
import { forbidden, requireUser } from "~/kit/permissions/current-user.server";
import { hasMessage, translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { parseAuditFilter } from "~/audit/filter";
import { canExportAuditTrail } from "~/audit/permissions";
import { auditExportLimit, listAuditEvents } from "~/audit/queries.server";
import { showAuditRows } from "~/audit/view.server";
import type { Route } from "./+types/audit-csv";

/**
 * `/:lang/work/audit.csv`: the events the audit trail's filter shows, newest first, as a
 * spreadsheet-safe CSV file in the reader's language and Finnish time; coordinators and admins only.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const user = await requireUser(request, lang);
  if (!canExportAuditTrail(user)) forbidden(t("error.forbidden"));
  const filter = parseAuditFilter(new URL(request.url).searchParams);
  const given = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== ""));
  const { rows } = await listAuditEvents(user, given, auditExportLimit);
  const shown = await showAuditRows(rows, lang);
  const label = (prefix: "audit.entity" | "audit.action", value: string) => {
    const key = `${prefix}.${value}`;
    return hasMessage(lang, key) ? t(key) : value;
  };
  const header = [
    "audit.col.at",
    "audit.col.actor",
    "audit.col.action",
    "audit.col.entity",
    "audit.col.entityName",
    "audit.col.entityId",
    "audit.col.changes",
  ] as const;
  const lines = shown.map((event) => [
    formatDateTime(event.at, lang),
    event.actorLabel,
    label("audit.action", event.action),
    label("audit.entity", event.entityType),
    event.entityName ?? "",
    event.entityId,
    event.changes.map((c) => `${c.label ? t(c.label) : c.field}: ${c.old || t("audit.empty")} → ${c.new || t("audit.empty")}`).join("\n"),
  ]);
  // A byte order mark so that spreadsheet programs read the Finnish letters right.
  const csv =
    "\uFEFF" +
    stringify(
      [header.map((key) => t(key)), ...lines].map((row) => row.map(neutralizeValue)),
      { delimiter: ";" },
    );
  return privateDownload(csv, "csv", `elo-audit-${new Date().toISOString().slice(0, 10)}.csv`);
}
