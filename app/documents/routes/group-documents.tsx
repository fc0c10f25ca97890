import { Form, Link, redirect, useLocation, useSearchParams } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { db } from "~/kit/db/db.server";
import { formatDateTime } from "~/kit/format";
import { pageTitle } from "~/kit/page-title";
import { canEditGroupMembers } from "~/governance/public";
import { translator } from "~/kit/i18n/catalogue";
import { localize } from "~/kit/i18n/localized";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { ErrorSummary, TextField } from "~/kit/forms/components";
import { useLocalize } from "~/kit/i18n/localized-text";
import { text } from "~/kit/forms/form-data";
import { languageOf } from "~/kit/i18n/languages";
import { commandFailure, forbiddenResponse, notFoundResponse, requireId } from "~/kit/http/respond.server";
import { loadDocumentGroup, uploadDocument } from "../commands/documents.server";
import { FileField } from "../components";
import { formatSize } from "../format";
import { canReadGroupDocuments } from "../permissions";
import { documentsOfGroup } from "../queries.server";
import { readUploadForm } from "../upload.server";
import { groupStorage } from "../storage.server";
import type { Route } from "./+types/group-documents";
import { todayInFinland } from "~/kit/dates/calendar";

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const group = await loadDocumentGroup(db(), requireId(params.id, lang));
  if (!group) throw notFoundResponse(lang);
  const today = todayInFinland();
  if (!canReadGroupDocuments(user, group, today)) throw forbiddenResponse(lang);
  return {
    group: { id: group.id, name: group.name },
    canEditGroup: canEditGroupMembers(user, group, today),
    documents: await documentsOfGroup(group.id),
    storage: await groupStorage(group.id),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const groupId = requireId(params.id, lang);
  const { form, file } = await readUploadForm(request, lang);
  const input = { title: text(form, "title") };
  let id: string;
  try {
    id = await uploadDocument(user, groupId, input, file);
  } catch (error) {
    return commandFailure(error, lang, input);
  }
  return redirect(`/${lang}/work/documents/${id}?notice=uploaded`, { status: 303 });
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const lang = languageOf(params);
  const t = translator(lang);
  return pageTitle(lang, t("documents.groupTitle", { name: loaderData ? localize(loaderData.group.name, lang).text : "" }));
};

export default function GroupDocumentsPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localizeText = useLocalize();
  const location = useLocation();
  const [search] = useSearchParams();
  const { group, documents } = loaderData;
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const sent = actionData && "values" in actionData ? actionData.values : undefined;
  const labels = { title: t("documents.titleField"), file: t("documents.fileField") };
  const fileError = errors?.file;
  return (
    <>
      <p>
        <Link to={`/${lang}/groups/${group.id}`}>{t("group.publicPage")}</Link>
        {loaderData.canEditGroup && (
          <>
            {" · "}
            <Link to={`/${lang}/work/groups/${group.id}`}>{t("group.editTitle", { name: localizeText(group.name) })}</Link>
          </>
        )}
      </p>
      <h1>{t("documents.groupTitle", { name: localizeText(group.name) })}</h1>
      <p>{t("documents.intro")}</p>
      {search.get("notice") === "deleted" && (
        <p role="status" className="alert alert--success">
          {t("documents.deletedNotice")}
        </p>
      )}
      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t("documents.listHeading")}</h2>
        {documents.length === 0 ? (
          <p>{t("documents.none")}</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t("documents.col.title")}</th>
                <th scope="col">{t("documents.col.version")}</th>
                <th scope="col">{t("documents.col.uploaded")}</th>
                <th scope="col">{t("documents.col.file")}</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Link to={`/${lang}/work/documents/${d.id}`}>{d.title}</Link>
                  </td>
                  <td>{d.version}</td>
                  <td>
                    {formatDateTime(d.uploadedAt, lang)} ({d.uploadedByName})
                  </td>
                  <td>
                    <a href={`/${lang}/work/documents/${d.id}/versions/${d.version}/download`} download>
                      {t("documents.downloadFile", { name: d.fileName, size: formatSize(d.size, lang) })}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="upload-heading">
        <h2 id="upload-heading">{t("documents.uploadHeading")}</h2>
        <p id="storage-usage">
          {t("documents.storageUsage", { used: formatSize(loaderData.storage.used, lang), quota: formatSize(loaderData.storage.quota, lang) })}
        </p>
        <ErrorSummary errors={errors} labels={labels} />
        <Form method="post" encType="multipart/form-data" className="form" key={`${location.key}-${JSON.stringify(actionData ?? "")}`} noValidate>
          <TextField name="title" label={labels.title} value={sent?.title} errors={errors} required maxLength={200} />
          <FileField label={labels.file} error={fileError} />
          <button type="submit" className="button">
            {t("documents.uploadButton")}
          </button>
        </Form>
      </section>
    </>
  );
}
