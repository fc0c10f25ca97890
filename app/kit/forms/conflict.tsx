import { formatDateTime } from "../format";
import type { MessageKey } from "../i18n/catalogue";
import { useLanguage, useT } from "../i18n/use-i18n";
import { differingFields, flatValues, type EditConflictData } from "./conflict-values";

const languageSuffix: Record<string, MessageKey> = { fi: "work.fieldLanguage.fi", sv: "work.fieldLanguage.sv", en: "work.fieldLanguage.en" };

/**
 * Someone else saved the entry after this form was loaded (409): who and when, and the stored
 * version's values next to the user's, field by field. The user's values stay in the form below,
 * whose hidden version is now the stored one, so saving again replaces it knowingly.
 * `labels` name the form's fields by path or by their first part ("name" for "name.fi").
 */
export function EditConflictNotice({ conflict, values, labels }: { conflict: EditConflictData; values: unknown; labels: Record<string, string> }) {
  const t = useT();
  const lang = useLanguage();
  const sent = flatValues(values);
  const fields = differingFields(conflict.saved, sent);
  const labelOf = (path: string) => {
    if (labels[path]) return labels[path];
    const parts = path.split(".");
    const label = labels[parts[0]] ?? path;
    const suffix = languageSuffix[parts[parts.length - 1]];
    return parts.length > 1 && suffix ? `${label} (${t(suffix)})` : label;
  };
  return (
    <div className="alert alert--error" role="alert">
      <p>{t("conflict.message", { by: conflict.by ?? t("conflict.someoneElse"), at: conflict.at ? formatDateTime(conflict.at, lang) : "" })}</p>
      <p>{t("conflict.kept")}</p>
      {fields.length === 0 ? (
        <p>{t("conflict.same")}</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption>{t("conflict.compare")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("conflict.field")}</th>
                <th scope="col">{t("conflict.saved")}</th>
                <th scope="col">{t("conflict.yours")}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((path) => (
                <tr key={path}>
                  <th scope="row">{labelOf(path)}</th>
                  <td className="pre-line">{conflict.saved[path] ?? ""}</td>
                  <td className="pre-line">{sent[path] ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** The version an edit form was loaded with; after a conflict, the stored one. */
export const VersionField = ({ version }: { version: number }) => <input type="hidden" name="version" value={version} />;
