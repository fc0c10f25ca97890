import { data, Form, Link } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { isLanguage, languageOf, languages, type Language } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { editFailure, forbiddenResponse, redirectWithNotice, requireId } from "~/kit/http/respond.server";
import { ErrorSummary, Notice, TextField } from "~/kit/forms/components";
import { EditConflictNotice, VersionField } from "~/kit/forms/conflict";
import { createSynonymGroup, deleteSynonymGroup, updateSynonymGroup } from "../commands/synonym-group.server";
import type { SynonymGroupInput } from "../inputs";
import { canManageSynonyms } from "../permissions";
import { synonymGroups } from "../queries.server";
import { db } from "~/kit/db/db.server";
import { searchSynonymGroup } from "../schema.server";
import { eq } from "drizzle-orm";
import type { Route } from "./+types/synonyms";

/** The language whose list is shown: ?language=sv, or the page's. */
const listLanguage = (request: Request, lang: Language): Language => {
  const chosen = new URL(request.url).searchParams.get("language");
  return chosen && isLanguage(chosen) ? chosen : lang;
};

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  if (!canManageSynonyms(user)) throw forbiddenResponse(lang);
  const language = listLanguage(request, lang);
  return { language, groups: await synonymGroups(language) };
}

type Values = { id?: string; language: string; words: string; note: string; version?: string };

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  if (!canManageSynonyms(user)) throw forbiddenResponse(lang);
  const form = await request.formData();
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const intent = text("intent");
  const values: Values = { language: text("language"), words: text("words"), note: text("note"), version: text("version") || undefined };
  const back = `/${lang}/work/synonyms?language=${isLanguage(values.language) ? values.language : lang}`;
  const stored = async (id: string) => {
    const [row] = await db().select().from(searchSynonymGroup).where(eq(searchSynonymGroup.id, id));
    return row ? { version: row.version, values: { language: row.language, words: row.words.join("\n"), note: row.note } } : null;
  };
  try {
    if (intent === "create") {
      await createSynonymGroup(user, values as SynonymGroupInput);
      return redirectWithNotice(back, "created");
    }
    const id = requireId(text("id"), lang);
    values.id = id;
    if (intent === "delete") {
      await deleteSynonymGroup(user, id, values.version === undefined ? undefined : Number(values.version));
      return redirectWithNotice(back, "deleted");
    }
    if (intent === "update") {
      await updateSynonymGroup(user, id, values as SynonymGroupInput);
      return redirectWithNotice(back, "saved");
    }
    throw data(translator(lang)("error.notFound"), { status: 400 });
  } catch (error) {
    return editFailure(error, lang, values, () => (values.id ? stored(values.id) : Promise.resolve(null)));
  }
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("synonyms.title"));

export default function Synonyms({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { language, groups } = loaderData;
  const failed = actionData && "values" in actionData ? actionData : undefined;
  const failedFor = (id: string | undefined) => (failed && failed.values.id === id ? failed : undefined);
  const labels = { words: t("synonyms.words"), note: t("synonyms.note"), language: t("synonyms.language") };

  const groupForm = (group: { id?: string; words: string; note: string; version?: number }, heading: string) => {
    const mine = failedFor(group.id);
    const errors = mine && "errors" in mine ? mine.errors : undefined;
    const conflict = mine && "conflict" in mine ? mine.conflict : undefined;
    const shown = mine ? mine.values : { ...group, language };
    const prefix = group.id ?? "new";
    return (
      <section className="card" aria-labelledby={`group-${prefix}`} key={prefix}>
        <h2 id={`group-${prefix}`}>{heading}</h2>
        {conflict && <EditConflictNotice conflict={conflict} values={mine!.values} labels={labels} />}
        <ErrorSummary errors={errors} labels={labels} />
        <Form method="post" replace>
          <input type="hidden" name="language" value={language} />
          {group.id && <input type="hidden" name="id" value={group.id} />}
          {(conflict?.version ?? group.version) !== undefined && <VersionField version={conflict?.version ?? group.version!} />}
          <TextField name="words" label={t("synonyms.words")} hint={t("synonyms.wordsHint")} value={shown.words} errors={errors} multiline lang={language} />
          <TextField name="note" label={t("synonyms.note")} value={shown.note} errors={errors} />
          <p>
            <button type="submit" className="button" name="intent" value={group.id ? "update" : "create"}>
              {group.id ? t("synonyms.save") : t("synonyms.add")}
            </button>{" "}
            {group.id && (
              <button type="submit" className="button button--secondary" name="intent" value="delete">
                {t("synonyms.delete")}
              </button>
            )}
          </p>
        </Form>
      </section>
    );
  };

  return (
    <>
      <p>
        <Link to={`/${lang}/work`}>{t("work.backToWork")}</Link>
      </p>
      <h1>{t("synonyms.title")}</h1>
      <p className="lead">{t("synonyms.intro")}</p>
      <Notice />
      <nav aria-label={t("synonyms.language")}>
        <ul className="link-list">
          {languages.map((l) => (
            <li key={l}>
              <Link to={`/${lang}/work/synonyms?language=${l}`} aria-current={l === language ? "page" : undefined}>
                {t(`synonyms.language.${l}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p>{t("synonyms.count", { count: groups.length })}</p>
      {groupForm({ words: "", note: "" }, t("synonyms.new"))}
      {groups.map((g) => groupForm({ id: g.id, words: g.words.join("\n"), note: g.note, version: g.version }, t("synonyms.group", { first: g.words[0] })))}
    </>
  );
}
