import { Link, redirect } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLocalize } from "~/kit/i18n/localized-text";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { commandFailure, forbiddenResponse } from "~/kit/http/respond.server";
import { Notice, useFormState } from "~/kit/forms/components";
import { placeName, reference } from "~/reference/public.server";
import { createProject } from "../../commands/project.server";
import { ProjectForm } from "../../components/project-form";
import { projectFromForm } from "../../form-data";
import type { ProjectInput } from "../../inputs";
import { canOpenProjects } from "../../permissions";
import { projectsOf } from "../../queries.server";
import { formChoices } from "../../work-choices.server";
import type { Route } from "./+types/projects";

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  if (!canOpenProjects(user)) throw forbiddenResponse(lang);
  const ref = await reference();
  const [projects, choices] = await Promise.all([projectsOf(user), formChoices(user, lang)]);
  return {
    projects: projects.map((p) => ({ ...p, regions: p.regionCodes.map((c) => placeName(ref.byCode.get(c), lang)).join(", ") })),
    ...choices,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const input = projectFromForm(await request.formData());
  try {
    const id = await createProject(user, input);
    return redirect(`/${lang}/work/projects/${id}?notice=created`, { status: 303 });
  } catch (error) {
    return commandFailure(error, lang, input);
  }
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("projects.workTitle"));

const emptyProject: ProjectInput = {
  code: "",
  name: {},
  summary: {},
  funder: "",
  startsOn: "",
  endsOn: "",
  regionCodes: [],
  organizationIds: [],
  targetGroups: [],
  indicators: {},
  planActionIds: [],
};

export default function Projects({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const state = useFormState(emptyProject, actionData);
  return (
    <>
      <p>
        <Link to={`/${lang}/work`}>{t("work.backToWork")}</Link>
      </p>
      <h1>{t("projects.workTitle")}</h1>
      <p className="lead">{t("projects.workIntro")}</p>
      <Notice />
      <p>
        <Link to={`/${lang}/projects`}>{t("projects.publicRegister")}</Link>
      </p>
      <h2>{t("projects.yourProjects", { count: loaderData.projects.length })}</h2>
      {loaderData.projects.length > 0 && (
        <ul className="link-list">
          {loaderData.projects.map((p) => (
            <li key={p.id}>
              <Link to={`/${lang}/work/projects/${p.id}`}>
                {p.code} {localize(p.name)}
              </Link>{" "}
              – {p.regions}
            </li>
          ))}
        </ul>
      )}
      <section className="card" aria-labelledby="new-project">
        <h2 id="new-project">{t("projects.newProject")}</h2>
        <div key={state.formKey}>
          <ProjectForm
            state={state}
            regions={loaderData.regions}
            organizations={loaderData.organizations}
            actions={loaderData.actions}
            submit={t("projects.addProject")}
          />
        </div>
      </section>
    </>
  );
}
