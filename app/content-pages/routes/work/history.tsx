import { Form, Link, redirect } from "react-router";
import { formatDateTime } from "~/kit/format";
import { renderMarkdown } from "~/kit/markdown/render-markdown.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { text } from "~/kit/forms/form-data";
import { commandFailure, forbiddenResponse, notFoundResponse } from "~/kit/http/respond.server";
import { publishVersion } from "../../commands/publish-version.server";
import { restoreVersion } from "../../commands/restore-version.server";
import { loadForEditor } from "../../work/editor.server";
import { LanguageTabs } from "../../work/editor-parts";
import { ContentNotice } from "../../work/notice";
import { editorPath, historyPath } from "../../work/paths";
import type { Route } from "./+types/history";

/** Every saved version of one language of a page: who saved it and when; view, restore or publish one. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const { page, language, versions, publication, titles } = await loadForEditor(request, lang, params.id);
  const viewId = new URL(request.url).searchParams.get("version");
  const viewed = viewId ? versions.find((v) => v.id === viewId) : undefined;
  if (viewId && !viewed) throw notFoundResponse(lang);
  return {
    page: { id: page.id, slug: page.slug },
    language,
    title: titles.find((x) => x.language === language)?.title ?? titles.find((x) => x.language === "fi")?.title ?? page.slug,
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      title: v.title,
      createdAt: v.createdAt,
      createdByName: v.createdByName,
      restoredFromVersion: v.restoredFromVersion,
      published: v.id === publication?.versionId,
    })),
    viewed: viewed ? { version: viewed.version, title: viewed.title, summary: viewed.summary, html: renderMarkdown(viewed.body) } : null,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const { user, pageId, language } = await loadForEditor(request, lang, params.id);
  const form = await request.formData();
  const intent = text(form, "intent");
  const versionId = text(form, "versionId");
  try {
    if (intent === "restore") {
      await restoreVersion(user, pageId, language, versionId);
      return redirect(editorPath(lang, pageId, language, "restored"), { status: 303 });
    }
    if (intent === "publish") {
      await publishVersion(user, pageId, language, versionId);
      return redirect(historyPath(lang, pageId, language, "published"), { status: 303 });
    }
  } catch (error) {
    return commandFailure(error, lang, { versionId });
  }
  throw forbiddenResponse(lang);
}

export const meta = ({ params, loaderData }: Route.MetaArgs) =>
  pageTitle(params.lang, translator(languageOf(params))("content.history.title", { title: loaderData?.title ?? "" }));

export default function ContentHistory({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { page, language, versions, viewed } = loaderData;
  const errors = actionData && "errors" in actionData ? Object.values(actionData.errors) : [];
  return (
    <>
      <p>
        <Link to={editorPath(lang, page.id, language)}>{t("content.editor.title", { title: loaderData.title })}</Link>
      </p>
      <h1>{t("content.history.title", { title: loaderData.title })}</h1>
      <ContentNotice />
      {errors.length > 0 && (
        <div role="alert" className="alert alert--error">
          {errors.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      )}
      <p>{t("content.history.intro")}</p>
      <LanguageTabs pageId={page.id} language={language} to={historyPath} />
      {versions.length === 0 ? (
        <p>{t("content.history.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <caption>{t("content.history.caption", { language: t(`language.${language}`) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("content.history.col.version")}</th>
                <th scope="col">{t("content.history.col.saved")}</th>
                <th scope="col">{t("content.history.col.by")}</th>
                <th scope="col">{t("content.history.col.title")}</th>
                <th scope="col">{t("content.history.col.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id}>
                  <th scope="row">
                    {v.version}
                    {v.published && <strong> ({t("content.history.isPublished")})</strong>}
                    {v.restoredFromVersion !== null && <span className="muted"> {t("content.history.restoredFrom", { version: v.restoredFromVersion })}</span>}
                  </th>
                  <td>{formatDateTime(v.createdAt, lang)}</td>
                  <td>{v.createdByName}</td>
                  <td lang={language}>{v.title}</td>
                  <td>
                    <Link to={`${historyPath(lang, page.id, language)}&version=${v.id}#viewed-heading`}>
                      {t("content.history.view", { version: v.version })}
                    </Link>
                    <Form method="post" className="history-actions">
                      <input type="hidden" name="versionId" value={v.id} />
                      <button type="submit" name="intent" value="restore" className="button button--secondary">
                        {t("content.history.restore", { version: v.version })}
                      </button>
                      {!v.published && (
                        <button type="submit" name="intent" value="publish" className="button button--secondary">
                          {t("content.history.publish", { version: v.version })}
                        </button>
                      )}
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {viewed && (
        <section aria-labelledby="viewed-heading" className="card">
          <h2 id="viewed-heading">{t("content.history.viewing", { version: viewed.version })}</h2>
          <div lang={language}>
            <p className="lead">
              <strong>{viewed.title}</strong>
            </p>
            {viewed.summary && <p>{viewed.summary}</p>}
            <div className="content-page__body" dangerouslySetInnerHTML={{ __html: viewed.html }} />
          </div>
        </section>
      )}
    </>
  );
}
