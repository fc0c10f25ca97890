import { Form, Link, redirect, useLocation, useSearchParams } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { formatDateTime } from "~/kit/format";
import { pageTitle } from "~/kit/page-title";
import { todayInFinland } from "~/kit/dates/calendar";
import { translator } from "~/kit/i18n/catalogue";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { ErrorSummary } from "~/kit/forms/components";
import { useLocalize } from "~/kit/i18n/localized-text";
import { text } from "~/kit/forms/form-data";
import { languageOf } from "~/kit/i18n/languages";
import { commandFailure, forbiddenResponse, notFoundResponse, requireId } from "~/kit/http/respond.server";
import { addDocumentVersion, deleteDocument } from "../commands/documents.server";
import { FileField } from "../components";
import { formatSize } from "../format";
import { canDeleteGroupDocument } from "../permissions";
import { getDocument } from "../queries.server";
import { readableDocument } from "../readable.server";
import { readUploadForm } from "../upload.server";
import type { Route } from "./+types/document";

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const today = todayInFinland();
  const found = await readableDocument(user, params.id, lang, today);
  const group = found.group;
  return {
    document: { id: found.document.id, title: found.document.title },
    group: { id: group.id, name: group.name },
    versions: found.versions,
    canDelete: canDeleteGroupDocument(user, group, found.document, today),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const id = requireId(params.id, lang);
  const multipart = request.headers.get("content-type")?.startsWith("multipart/form-data");
  if (multipart) {
    const { file } = await readUploadForm(request, lang);
    let version: number;
    try {
      version = await addDocumentVersion(user, id, file);
    } catch (error) {
      return commandFailure(error, lang, null);
    }
    return redirect(`/${lang}/work/documents/${id}?notice=version&version=${version}`, { status: 303 });
  }
  const form = await request.formData();
  if (text(form, "intent") !== "delete") throw forbiddenResponse(lang);
  const found = await getDocument(id);
  if (!found) throw notFoundResponse(lang);
  try {
    await deleteDocument(user, id);
  } catch (error) {
    return commandFailure(error, lang, null);
  }
  return redirect(`/${lang}/work/groups/${found.document.groupId}/documents?notice=deleted`, { status: 303 });
}

export const meta = ({ params, loaderData }: Route.MetaArgs) =>
  pageTitle(params.lang, loaderData?.document.title ?? translator(languageOf(params))("documents.title"));

export default function DocumentPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localizeText = useLocalize();
  const location = useLocation();
  const [search] = useSearchParams();
  const { document, group, versions } = loaderData;
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const notice = search.get("notice");
  return (
    <>
      <p>
        <Link to={`/${lang}/work/groups/${group.id}/documents`}>{t("documents.groupTitle", { name: localizeText(group.name) })}</Link>
      </p>
      <h1>{document.title}</h1>
      {notice === "uploaded" && (
        <p role="status" className="alert alert--success">
          {t("documents.uploadedNotice")}
        </p>
      )}
      {notice === "version" && (
        <p role="status" className="alert alert--success">
          {t("documents.versionNotice", { version: search.get("version") ?? "" })}
        </p>
      )}
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t("documents.versionsHeading")}</h2>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t("documents.col.version")}</th>
              <th scope="col">{t("documents.col.file")}</th>
              <th scope="col">{t("documents.col.uploaded")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id}>
                <td>{v.version}</td>
                <td>
                  <a href={`/${lang}/work/documents/${document.id}/versions/${v.version}/download`} download>
                    {t("documents.downloadFile", { name: v.fileName, size: formatSize(v.size, lang) })}
                  </a>
                </td>
                <td>
                  {formatDateTime(v.uploadedAt, lang)} ({v.uploadedByName})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="new-version-heading">
        <h2 id="new-version-heading">{t("documents.newVersionHeading")}</h2>
        <p>{t("documents.newVersionHint")}</p>
        <ErrorSummary errors={errors} labels={{ file: t("documents.fileField") }} />
        <Form method="post" encType="multipart/form-data" className="form" key={`${location.key}-${JSON.stringify(actionData ?? "")}`} noValidate>
          <FileField label={t("documents.fileField")} error={errors?.file} />
          <button type="submit" className="button">
            {t("documents.newVersionButton")}
          </button>
        </Form>
      </section>
      {loaderData.canDelete && (
        <section aria-labelledby="delete-heading">
          <h2 id="delete-heading">{t("documents.deleteHeading")}</h2>
          <p>{t("documents.deleteHint")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="delete" />
            <button type="submit" className="button button--secondary">
              {t("documents.deleteButton", { title: document.title })}
            </button>
          </Form>
        </section>
      )}
    </>
  );
}
