import { Link } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { localize } from "~/kit/i18n/localized";
import { useLocalize } from "~/kit/i18n/localized-text";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { editFailure, forbiddenResponse, notFoundResponse, redirectWithNotice, requireId } from "~/kit/http/respond.server";
import { Notice } from "~/kit/forms/components";
import { updateProject } from "../../commands/project.server";
import { ProjectForm } from "../../components/project-form";
import { projectFromForm } from "../../form-data";
import type { ProjectInput } from "../../inputs";
import { canManageProject } from "../../permissions";
import { projectCard } from "../../queries.server";
import { projectFormValues } from "../../values";
import { formChoices } from "../../work-choices.server";
import type { Route } from "./+types/project";

async function storedProject(id: string) {
  const loaded = await projectCard(id);
  if (!loaded) return null;
  return { version: loaded.project.version, values: projectFormValues(loaded.project, loaded.scope.organizationIds) };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const loaded = await projectCard(requireId(params.id, lang));
  if (!loaded) throw notFoundResponse(lang);
  if (!canManageProject(user, loaded.scope)) throw forbiddenResponse(lang);
  const { project, scope } = loaded;
  return {
    project: { id: project.id, code: project.code, name: project.name, version: project.version },
    values: projectFormValues(project, scope.organizationIds),
    ...(await formChoices(user, lang, scope)),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const id = requireId(params.id, lang);
  const input = projectFromForm(await request.formData());
  try {
    await updateProject(user, id, input);
    return redirectWithNotice(`/${lang}/work/projects/${id}`, "saved");
  } catch (error) {
    return editFailure<ProjectInput>(error, lang, input, () => storedProject(id));
  }
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const lang = languageOf(params);
  return pageTitle(lang, loaderData ? localize(loaderData.project.name, lang).text : translator(lang)("projects.workTitle"));
};

export default function ProjectPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localizeText = useLocalize();
  const sent = actionData && "values" in actionData ? actionData : undefined;
  const errors = sent && "errors" in sent ? sent.errors : undefined;
  const conflict = sent && "conflict" in sent ? sent.conflict : undefined;
  const state = sent
    ? { values: sent.values, errors, conflict, version: loaderData.project.version }
    : { values: loaderData.values, version: loaderData.project.version };
  return (
    <>
      <p>
        <Link to={`/${lang}/work/projects`}>{t("projects.backToProjects")}</Link>
      </p>
      <h1>
        {loaderData.project.code} {localizeText(loaderData.project.name)}
      </h1>
      <Notice />
      <p>
        <Link to={`/${lang}/projects/${loaderData.project.id}`}>{t("projects.publicCard")}</Link>
      </p>
      <section className="card" aria-labelledby="edit-project">
        <h2 id="edit-project">{t("projects.editProject")}</h2>
        <ProjectForm
          key={`project-${loaderData.project.version}-${JSON.stringify(errors ?? conflict?.version ?? null)}`}
          state={state}
          regions={loaderData.regions}
          organizations={loaderData.organizations}
          actions={loaderData.actions}
          submit={t("common.save")}
        />
      </section>
    </>
  );
}
