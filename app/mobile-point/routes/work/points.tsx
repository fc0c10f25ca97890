import { Link, redirect } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLocalize } from "~/kit/i18n/localized-text";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { commandFailure, forbiddenResponse } from "~/kit/http/respond.server";
import { Notice, useFormState } from "~/kit/forms/components";
import { placeName, reference, sortPlaces } from "~/reference/public.server";
import { createMobilePoint } from "../../commands/point.server";
import { PointForm } from "../../components/work-forms";
import { pointFromForm } from "../../form-data";
import type { MobilePointInput } from "../../inputs";
import { canOpenMobilePoints } from "../../permissions";
import { db } from "~/kit/db/db.server";
import { ownCardOrganizations } from "../../commands/shared.server";
import { pointsOf, workChoices } from "../../queries.server";
import { kindKey } from "../../visit-text";
import type { Route } from "./+types/points";

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  if (!canOpenMobilePoints(user)) throw forbiddenResponse(lang);
  const ref = await reference();
  const [points, choices] = await Promise.all([pointsOf(user, await ownCardOrganizations(db(), user)), workChoices(user)]);
  const regions = sortPlaces(
    ref.regions.filter((r) => choices.regionCodes === null || choices.regionCodes.includes(r.code)),
    lang,
  ).map((r) => ({ code: r.code, name: placeName(r, lang) }));
  return {
    points: points.map((p) => ({ ...p, regions: p.regionCodes.map((c) => placeName(ref.byCode.get(c), lang)).join(", ") })),
    regions,
    organizations: choices.organizations,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const input = pointFromForm(await request.formData());
  try {
    const id = await createMobilePoint(user, input);
    return redirect(`/${lang}/work/mobile-points/${id}?notice=created`, { status: 303 });
  } catch (error) {
    return commandFailure(error, lang, input);
  }
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("mobilePoints.workTitle"));

const emptyPoint: MobilePointInput = { name: {}, description: {}, kind: "vehicle", regionCodes: [], organizationIds: [] };

export default function MobilePoints({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const state = useFormState(emptyPoint, actionData);
  return (
    <>
      <p>
        <Link to={`/${lang}/work`}>{t("work.backToWork")}</Link>
      </p>
      <h1>{t("mobilePoints.workTitle")}</h1>
      <p className="lead">{t("mobilePoints.workIntro")}</p>
      <Notice />
      <p>
        <Link to={`/${lang}/mobile-points`}>{t("mobilePoints.publicTimetable")}</Link>
      </p>
      <h2>{t("mobilePoints.yourPoints", { count: loaderData.points.length })}</h2>
      {loaderData.points.length > 0 && (
        <ul className="link-list">
          {loaderData.points.map((p) => (
            <li key={p.id}>
              <Link to={`/${lang}/work/mobile-points/${p.id}`}>{localize(p.name)}</Link> – {t(kindKey(p.kind))}, {p.regions}
            </li>
          ))}
        </ul>
      )}
      <section className="card" aria-labelledby="new-point">
        <h2 id="new-point">{t("mobilePoints.newPoint")}</h2>
        <div key={state.formKey}>
          <PointForm state={state} regions={loaderData.regions} organizations={loaderData.organizations} submit={t("mobilePoints.addPoint")} />
        </div>
      </section>
    </>
  );
}
