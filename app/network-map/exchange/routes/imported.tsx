import { data, Form, Link } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLocalize } from "~/kit/i18n/localized-text";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { formatDateTime } from "~/kit/format";
import { Notice } from "~/kit/forms/components";
import { commandFailure, redirectWithNotice } from "~/kit/http/respond.server";
import { deleteImportedEntries, importedEntries, parseEntryKey } from "../imported-entries.server";
import { editPath } from "../../work/paths";
import type { Route } from "./+types/imported";

/**
 * `/:lang/work/import/entries`: the entries imports made, to delete one by one or in bulk. Deleting is
 * two steps without JavaScript: the selection is posted, the page asks to confirm it, and the
 * confirmation deletes.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request, languageOf(params));
  return { entries: await importedEntries(user) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  // Only entries the user's list holds: what they maintain and an import made.
  const listed = new Map((await importedEntries(user)).map((e) => [`${e.kind}:${e.id}`, e]));
  const selected = form
    .getAll("entry")
    .map(String)
    .filter((key) => parseEntryKey(key) && listed.has(key));
  if (selected.length === 0) return data({ error: translator(lang)("imported.noneSelected"), confirm: [] as string[] }, { status: 400 });
  if (form.get("intent") !== "delete") return { error: null, confirm: selected };
  try {
    await deleteImportedEntries(
      user,
      selected.map((key) => parseEntryKey(key)!),
    );
  } catch (error) {
    return commandFailure(error, lang, null);
  }
  return redirectWithNotice(`/${lang}/work/import/entries`, "deleted");
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("imported.title"));

export default function ImportedEntriesPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const answer = actionData && "confirm" in actionData ? actionData : undefined;
  const confirm = new Set(answer?.confirm ?? []);
  const nameOf = (name: string | Record<string, string>) => (typeof name === "string" ? name : localize(name));
  const entries = loaderData.entries;
  return (
    <>
      <h1>{t("imported.title")}</h1>
      <Notice />
      <p>{t("imported.intro")}</p>
      {answer?.error && (
        <p role="alert" className="alert alert--error">
          {answer.error}
        </p>
      )}
      {confirm.size > 0 && (
        <Form method="post" className="card" aria-labelledby="imported-confirm">
          <h2 id="imported-confirm">{t("imported.confirmTitle", { count: confirm.size })}</h2>
          <ul>
            {entries
              .filter((e) => confirm.has(`${e.kind}:${e.id}`))
              .map((e) => (
                <li key={`${e.kind}:${e.id}`}>
                  {nameOf(e.name)} ({localize(e.organizationName)})
                  <input type="hidden" name="entry" value={`${e.kind}:${e.id}`} />
                </li>
              ))}
          </ul>
          <button type="submit" name="intent" value="delete" className="button button--danger">
            {t("imported.confirmDelete", { count: confirm.size })}
          </button>{" "}
          <Link to={`/${lang}/work/import/entries`}>{t("imported.cancel")}</Link>
        </Form>
      )}
      {entries.length === 0 ? (
        <p>{t("imported.none")}</p>
      ) : (
        <Form method="post">
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">{t("imported.caption", { count: entries.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("imported.select")}</th>
                  <th scope="col">{t("imported.col.name")}</th>
                  <th scope="col">{t("imported.col.kind")}</th>
                  <th scope="col">{t("imported.col.organization")}</th>
                  <th scope="col">{t("imported.col.externalId")}</th>
                  <th scope="col">{t("imported.col.importedAt")}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => {
                  const key = `${e.kind}:${e.id}`;
                  const name = nameOf(e.name);
                  return (
                    <tr key={key}>
                      <td>
                        <input type="checkbox" name="entry" value={key} id={`entry-${e.id}`} defaultChecked={confirm.has(key)} />
                        <label htmlFor={`entry-${e.id}`} className="visually-hidden">
                          {t("imported.selectOne", { name })}
                        </label>
                      </td>
                      <td>
                        <Link to={editPath(lang, e.kind, e.id)}>{name}</Link>
                      </td>
                      <td>{t(`imported.kind.${e.kind}`)}</td>
                      <td>{localize(e.organizationName)}</td>
                      <td>{e.externalId ?? ""}</td>
                      <td>{formatDateTime(e.importedAt, lang)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <button type="submit" name="intent" value="confirm" className="button">
            {t("imported.deleteSelected")}
          </button>
        </Form>
      )}
    </>
  );
}
