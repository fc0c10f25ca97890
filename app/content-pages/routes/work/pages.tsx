import { Form, Link, redirect } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { coordinatedRegions, isAdmin } from "~/kit/permissions/roles";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languages, languageOf, type Language } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { ErrorSummary, SelectField, SubmitButton, TextField, useFormState } from "~/kit/forms/components";
import { text } from "~/kit/forms/form-data";
import { commandFailure, forbiddenResponse } from "~/kit/http/respond.server";
import { placeName, reference } from "~/reference/public.server";
import { createPage } from "../../commands/create-page.server";
import { sections, type PageInput } from "../../inputs";
import { canUseContentEditor } from "../../permissions";
import { editablePages } from "../../queries.server";
import { BodyField } from "../../work/body-field";
import { languageState } from "../../work/editor-parts";
import { ContentNotice } from "../../work/notice";
import { editorPath } from "../../work/paths";
import type { Route } from "./+types/pages";

/** The content pages a coordinator or admin keeps, and a form for a new one. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  if (!canUseContentEditor(user)) throw forbiddenResponse(lang);
  const ref = await reference();
  const regionCodes = isAdmin(user) ? ref.regions.map((r) => r.code) : coordinatedRegions(user);
  const pages = await editablePages(user);
  return {
    pages: pages.map((p) => ({ ...p, regionName: p.regionCode ? placeName(ref.byCode.get(p.regionCode), lang) : null })),
    national: isAdmin(user),
    regions: regionCodes.map((code) => ({ code, name: placeName(ref.byCode.get(code), lang) })),
    values: {
      slug: "",
      section: "studying",
      regionCode: isAdmin(user) ? "" : (regionCodes[0] ?? ""),
      position: "100",
      language: lang,
      text: { title: "", summary: "", body: "" },
    } as PageInput,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  const input: PageInput = {
    slug: text(form, "slug"),
    section: text(form, "section") as PageInput["section"],
    regionCode: text(form, "regionCode"),
    position: text(form, "position") || "100",
    language: text(form, "language") as Language,
    text: { title: text(form, "text.title"), summary: text(form, "text.summary"), body: text(form, "text.body") },
  };
  let id: string;
  try {
    id = await createPage(user, input);
  } catch (error) {
    return commandFailure(error, lang, input);
  }
  return redirect(editorPath(lang, id, input.language, "created"), { status: 303 });
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("content.work.title"));

export default function ContentPages({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { values, errors, formKey } = useFormState(loaderData.values, actionData);
  const labels = {
    slug: t("content.field.slug"),
    section: t("content.field.section"),
    regionCode: t("content.field.region"),
    position: t("content.field.position"),
    language: t("content.field.language"),
    "text.title": t("content.field.title"),
    "text.summary": t("content.field.summary"),
    "text.body": t("content.field.body"),
  };
  return (
    <>
      <p>
        <Link to={`/${lang}/work`}>{t("work.backToWork")}</Link>
      </p>
      <h1>{t("content.work.title")}</h1>
      <p className="lead">{t("content.work.intro")}</p>
      <ContentNotice />
      {loaderData.pages.length === 0 ? (
        <p>{t("content.work.none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <caption className="visually-hidden">{t("content.work.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("content.work.col.page")}</th>
                <th scope="col">{t("content.work.col.section")}</th>
                <th scope="col">{t("content.work.col.scope")}</th>
                {languages.map((l) => (
                  <th scope="col" key={l}>
                    {t(`language.${l}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {loaderData.pages.map((page) => (
                <tr key={page.id}>
                  <td>
                    <Link to={editorPath(lang, page.id, "fi")}>
                      {page.languages.find((l) => l.language === "fi")?.title ?? page.languages.find((l) => l.title)?.title ?? page.slug}
                    </Link>
                    <br />
                    <span className="muted">/{page.slug}</span>
                  </td>
                  <td>{t(`content.section.${page.section as "studying"}`)}</td>
                  <td>{page.regionName ?? t("content.work.scopeNational")}</td>
                  {page.languages.map((l) => (
                    <td key={l.language}>
                      <Link to={editorPath(lang, page.id, l.language)}>{languageState(t, l)}</Link>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <section aria-labelledby="new-page-heading" className="card">
        <h2 id="new-page-heading">{t("content.work.new")}</h2>
        <p>{t("content.work.newHint")}</p>
        <ErrorSummary errors={errors} labels={labels} />
        <Form method="post" className="form" key={formKey} noValidate>
          <TextField name="slug" label={labels.slug} value={values.slug} errors={errors} hint={t("content.field.slugHint")} required maxLength={80} />
          <SelectField
            name="section"
            label={labels.section}
            value={values.section}
            errors={errors}
            options={sections.map((s) => ({ value: s, label: t(`content.section.${s}`) }))}
          />
          <SelectField
            name="regionCode"
            label={labels.regionCode}
            value={values.regionCode}
            errors={errors}
            emptyLabel={loaderData.national ? t("content.field.national") : undefined}
            options={loaderData.regions.map((r) => ({ value: r.code, label: r.name }))}
          />
          <TextField
            name="position"
            label={labels.position}
            value={values.position === undefined ? "" : String(values.position)}
            errors={errors}
            hint={t("content.field.positionHint")}
            inputMode="numeric"
          />
          <SelectField
            name="language"
            label={labels.language}
            value={values.language}
            errors={errors}
            options={languages.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          />
          <TextField name="text.title" label={labels["text.title"]} value={values.text?.title} errors={errors} required />
          <TextField
            name="text.summary"
            label={labels["text.summary"]}
            value={values.text?.summary}
            errors={errors}
            hint={t("content.field.summaryHint")}
            multiline
          />
          <BodyField name="text.body" label={labels["text.body"]} value={values.text?.body} errors={errors} />
          <SubmitButton label={t("content.work.create")} />
        </Form>
      </section>
    </>
  );
}
