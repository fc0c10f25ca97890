import { Link } from "react-router";
import { useLanguage, useT } from "../../kit/i18n/use-i18n";
import type { LocalizedText } from "../../kit/i18n/localized";
import { formatDate } from "../../kit/format";
import { useLocalize } from "../../kit/i18n/localized-text";
import { editPath } from "./paths";

export interface StaleRow {
  kind: "organization" | "service_point" | "service" | "practitioner";
  id: string;
  name: LocalizedText;
  organizationId: string;
  organizationName: LocalizedText;
  lastVerifiedAt: Date | string;
}

export function StaleTable({ entries, caption }: { entries: StaleRow[]; caption: string }) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  if (entries.length === 0) return <p>{t("work.staleNone")}</p>;
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("work.name")}</th>
            <th scope="col">{t("work.kind")}</th>
            <th scope="col">{t("work.organization")}</th>
            <th scope="col">{t("work.lastVerified")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={`${e.kind}-${e.id}`}>
              <td>
                <Link to={editPath(lang, e.kind, e.id)}>{localize(e.name)}</Link>
              </td>
              <td>{t(`search.kind.${e.kind}`)}</td>
              <td>{localize(e.organizationName)}</td>
              <td>{formatDate(e.lastVerifiedAt, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
