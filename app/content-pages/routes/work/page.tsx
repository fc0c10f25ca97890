import { data, Form, Link, redirect } from "react-router";
import { contentPagePath } from "~/content-pages/paths";
import { renderMarkdown } from "~/kit/markdown/render-markdown.server";
import { db } from "~/kit/db/db.server";
import { EditConflict, InvalidInput } from "~/kit/validation/errors";
import { parseInput, translateIssues } from "~/kit/validation/fields";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { ErrorSummary, TextField, type FieldErrors } from "~/kit/forms/components";
import { text, versionOf } from "~/kit/forms/form-data";
import { commandFailure, editFailure, forbiddenResponse } from "~/kit/http/respond.server";
import { EditConflictNotice, VersionField } from "~/kit/forms/conflict";
import type { EditConflictData } from "~/kit/forms/conflict-values";
import { publishVersion, unpublishLanguage } from "../../commands/publish-version.server";
import { saveVersion } from "../../commands/save-version.server";
import { versionInput, type VersionInput } from "../../inputs";
import { BodyField } from "../../work/body-field";
import { loadForEditor } from "../../work/editor.server";
import { LanguageTabs, PageStatus } from "../../work/editor-parts";
import { ContentNotice } from "../../work/notice";
import { editorPath, historyPath } from "../../work/paths";
import type { Route } from "./+types/page";

/**
 * The editor of one language version of a page. "Preview" renders the text on the server and
 * saves nothing, so it works without JavaScript; "Save draft" adds a version; "Save and publish"
 * adds a version and makes it public in one transaction.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const { page, language, versions, publication, titles } = await loadForEditor(request, lang, params.id);
  const latest = versions[0] ?? null;
  return {
    page: { id: page.id, slug: page.slug, section: page.section },
    language,
    title: titles.find((x) => x.language === language)?.title ?? titles.find((x) => x.language === "fi")?.title ?? titles[0]?.title ?? null,
    latest: latest ? { id: latest.id, version: latest.version } : null,
    published: publication
      ? { version: versions.find((v) => v.id === publication.versionId)?.version ?? 0, at: publication.publishedAt, by: publication.publishedByName }
      : null,
    values: { version: latest?.version ?? 0, title: latest?.title ?? "", summary: latest?.summary ?? "", body: latest?.body ?? "" } satisfies VersionInput,
  };
}

type Answer = { values: VersionInput; errors?: FieldErrors; preview?: string; conflict?: EditConflictData };

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const { user, pageId, language } = await loadForEditor(request, lang, params.id);
  const form = await request.formData();
  const intent = text(form, "intent");
  const values: VersionInput = { version: versionOf(form), title: text(form, "title"), summary: text(form, "summary"), body: text(form, "body") };
  try {
    if (intent === "preview") {
      const parsed = parseInput(versionInput, values);
      return data<Answer>({ values, preview: renderMarkdown(parsed.body) });
    }
    if (intent === "save") {
      await saveVersion(user, pageId, language, values);
      return redirect(editorPath(lang, pageId, language, "saved"), { status: 303 });
    }
    if (intent === "saveAndPublish") {
      await db().transaction(async (tx) => {
        const saved = await saveVersion(user, pageId, language, values, tx);
        await publishVersion(user, pageId, language, saved.id, tx);
      });
      return redirect(editorPath(lang, pageId, language, "published"), { status: 303 });
    }
    if (intent === "publish") {
      await publishVersion(user, pageId, language, text(form, "versionId"));
      return redirect(editorPath(lang, pageId, language, "published"), { status: 303 });
    }
    if (intent === "unpublish") {
      await unpublishLanguage(user, pageId, language);
      return redirect(editorPath(lang, pageId, language, "unpublished"), { status: 303 });
    }
  } catch (error) {
    if (error instanceof InvalidInput) return data<Answer>({ values, errors: translateIssues(error.issues, translator(lang)) }, { status: 400 });
    if (error instanceof EditConflict)
      return editFailure(error, lang, values, async () => {
        const [now] = (await loadForEditor(request, lang, params.id)).versions;
        return { version: now?.version ?? 0, values: { title: now?.title ?? "", summary: now?.summary ?? "", body: now?.body ?? "" } };
      });
    return commandFailure(error, lang, values);
  }
  throw forbiddenResponse(lang);
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const t = translator(languageOf(params));
  return pageTitle(params.lang, t("content.editor.title", { title: loaderData?.title ?? t("content.editor.untitled") }));
};

export default function ContentEditor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { page, language, latest, published } = loaderData;
  // The generated type joins the action's answers loosely; Answer names the one the form reads.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  const answer = actionData as Answer | undefined;
  const values = answer?.values ?? loaderData.values;
  const errors = answer?.errors;
  const labels = {
    title: t("content.field.title"),
    summary: t("content.field.summary"),
    body: t("content.field.body"),
    language: t("content.field.language"),
    versionId: t("content.history.col.version"),
  };
  return (
    <>
      <p>
        <Link to={`/${lang}/work/pages`}>{t("content.editor.backToList")}</Link>
      </p>
      <h1>{t("content.editor.title", { title: loaderData.title ?? t("content.editor.untitled") })}</h1>
      <ContentNotice />
      <LanguageTabs pageId={page.id} language={language} to={editorPath} />
      <PageStatus latest={latest} published={published} language={language} />
      <ul className="link-list">
        <li>
          <Link to={historyPath(lang, page.id, language)}>{t("content.editor.history")}</Link>
        </li>
        {published && (
          <li>
            <Link to={`/${language}${contentPagePath(page.slug)}`}>{t("content.editor.publicPage")}</Link>
          </li>
        )}
      </ul>
      {latest && published?.version !== latest.version && (
        <Form method="post" className="inline-form">
          <input type="hidden" name="versionId" value={latest.id} />
          <button type="submit" name="intent" value="publish" className="button button--secondary">
            {t("content.editor.publishLatest", { version: latest.version })}
          </button>
        </Form>
      )}
      {answer?.conflict && <EditConflictNotice conflict={answer.conflict} values={values} labels={labels} />}
      <ErrorSummary errors={errors} labels={labels} />
      {answer?.preview !== undefined && (
        <section aria-labelledby="preview-heading" className="card">
          <h2 id="preview-heading">{t("content.editor.previewHeading")}</h2>
          <div lang={language}>
            <p className="lead">
              <strong>{values.title}</strong>
            </p>
            {values.summary && <p>{values.summary}</p>}
            <div className="content-page__body" dangerouslySetInnerHTML={{ __html: answer.preview }} />
          </div>
        </section>
      )}
      <Form method="post" className="form" key={JSON.stringify(answer ?? null)} noValidate>
        {/* After a preview the form still names the version it was opened with; after a conflict, the stored one. */}
        <VersionField version={answer?.conflict?.version ?? Number(values.version ?? 0)} />
        <TextField name="title" label={labels.title} value={values.title} errors={errors} required lang={language} />
        <TextField
          name="summary"
          label={labels.summary}
          value={values.summary}
          errors={errors}
          hint={t("content.field.summaryHint")}
          multiline
          lang={language}
        />
        <BodyField name="body" label={labels.body} value={values.body} errors={errors} lang={language} />
        <div className="form-actions">
          <button type="submit" name="intent" value="preview" className="button button--secondary">
            {t("content.editor.preview")}
          </button>
          <button type="submit" name="intent" value="save" className="button">
            {t("content.editor.save")}
          </button>
          <button type="submit" name="intent" value="saveAndPublish" className="button">
            {t("content.editor.saveAndPublish")}
          </button>
        </div>
      </Form>
      {published && (
        <Form method="post" className="card">
          <button type="submit" name="intent" value="unpublish" className="button button--danger">
            {t("content.editor.unpublish")}
          </button>
        </Form>
      )}
    </>
  );
}
