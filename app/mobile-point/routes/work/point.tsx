import { Link } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { localize } from "~/kit/i18n/localized";
import { useLocalize } from "~/kit/i18n/localized-text";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { commandFailure, editFailure, forbiddenResponse, notFoundResponse, redirectWithNotice, requireId } from "~/kit/http/respond.server";
import { Notice } from "~/kit/forms/components";
import { placeName, reference, sortPlaces } from "~/reference/public.server";
import { updateMobilePoint } from "../../commands/point.server";
import { createVisit } from "../../commands/visit.server";
import { PointForm, VisitForm } from "../../components/work-forms";
import { pointFromForm, visitFromForm } from "../../form-data";
import type { MobilePointInput, VisitInput } from "../../inputs";
import { db } from "~/kit/db/db.server";
import { ownCardOrganizations } from "../../commands/shared.server";
import { canManageMobilePoint, canRecordVisitLog } from "../../permissions";
import { organizationNames, pointForWork, workChoices } from "../../queries.server";
import { visitWhen } from "../../visit-text";
import type { Route } from "./+types/point";

async function storedPoint(id: string) {
  const loaded = await pointForWork(id);
  if (!loaded) return null;
  const { point, scope } = loaded;
  const values: MobilePointInput = { name: point.name, description: point.description, kind: point.kind as MobilePointInput["kind"], ...scope };
  return { version: point.version, values };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const loaded = await pointForWork(requireId(params.id, lang));
  if (!loaded) throw notFoundResponse(lang);
  const manage = canManageMobilePoint(user, loaded.scope);
  // The staff organisations' practitioners see the visits, to record their logs.
  if (!manage && !canRecordVisitLog(user, loaded.scope, await ownCardOrganizations(db(), user))) throw forbiddenResponse(lang);
  const ref = await reference();
  const { point, scope, visits } = loaded;
  const choices = await workChoices(user, scope);
  const staffNames = await organizationNames(scope.organizationIds);
  return {
    manage,
    point: { id: point.id, name: point.name, version: point.version },
    values: (await storedPoint(point.id))!.values,
    regions: sortPlaces(
      ref.regions.filter((r) => choices.regionCodes === null || choices.regionCodes.includes(r.code)),
      lang,
    ).map((r) => ({ code: r.code, name: placeName(r, lang) })),
    organizations: choices.organizations,
    staff: scope.organizationIds.map((id) => ({ id, name: staffNames[id] ?? {} })),
    municipalities: sortPlaces(
      ref.municipalities.filter((m) => scope.regionCodes.includes(m.regionCode)),
      lang,
    ).map((m) => ({ code: m.code, name: placeName(m, lang) })),
    visits: visits.map((v) => {
      const when = visitWhen(v.startsAt, v.endsAt, lang);
      return {
        id: v.id,
        label: `${v.placeName}, ${placeName(ref.byCode.get(v.municipalityCode), lang)}`,
        when: `${when.day} ${when.hours}`,
        cancelled: v.status === "cancelled",
        changed: !!v.changeReason,
      };
    }),
  };
}

type Sent = { form: "point"; point: MobilePointInput } | { form: "visit"; visit: VisitInput };

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const id = requireId(params.id, lang);
  const form = await request.formData();
  const back = `/${lang}/work/mobile-points/${id}`;
  if (form.get("intent") === "visit") {
    const visit = visitFromForm(form);
    try {
      await createVisit(user, id, { ...visit, version: undefined });
      return redirectWithNotice(back, "created");
    } catch (error) {
      return commandFailure<Sent>(error, lang, { form: "visit", visit });
    }
  }
  const point = pointFromForm(form);
  try {
    await updateMobilePoint(user, id, point);
    return redirectWithNotice(back, "saved");
  } catch (error) {
    return editFailure<Sent>(error, lang, { form: "point", point }, () => storedPoint(id));
  }
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const lang = languageOf(params);
  return pageTitle(lang, loaderData ? localize(loaderData.point.name, lang).text : translator(lang)("mobilePoints.workTitle"));
};

const emptyVisit: VisitInput = { municipalityCode: "", placeName: "", date: "", startTime: "", endTime: "", languages: ["fi"], organizationIds: [] };

export default function MobilePointPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localizeText = useLocalize();
  const sent = actionData && "values" in actionData ? actionData : undefined;
  const errors = sent && "errors" in sent ? sent.errors : undefined;
  const conflict = sent && "conflict" in sent ? sent.conflict : undefined;
  const pointState =
    sent?.values.form === "point"
      ? { values: sent.values.point, errors, conflict, version: loaderData.point.version }
      : { values: loaderData.values, version: loaderData.point.version };
  const visitState =
    sent?.values.form === "visit" ? { values: sent.values.visit, errors } : { values: { ...emptyVisit, organizationIds: loaderData.staff.map((s) => s.id) } };
  return (
    <>
      <p>
        <Link to={`/${lang}/work/mobile-points`}>{t("mobilePoints.backToPoints")}</Link>
      </p>
      <h1>{localizeText(loaderData.point.name)}</h1>
      <Notice />
      <h2>{t("mobilePoints.visits", { count: loaderData.visits.length })}</h2>
      {loaderData.visits.length > 0 && (
        <ul className="link-list">
          {loaderData.visits.map((v) => (
            <li key={v.id}>
              <Link to={`/${lang}/work/mobile-point-visits/${v.id}`}>{v.label}</Link> – {v.when}
              {v.cancelled && <strong> ({t("mobilePoints.status.cancelled")})</strong>}
              {!v.cancelled && v.changed && <strong> ({t("mobilePoints.status.changed")})</strong>}
            </li>
          ))}
        </ul>
      )}
      {loaderData.manage && (
        <>
          <section className="card" aria-labelledby="new-visit">
            <h2 id="new-visit">{t("mobilePoints.newVisit")}</h2>
            <VisitForm
              key={`visit-${JSON.stringify(sent?.values.form === "visit" ? errors : null)}`}
              state={visitState}
              municipalities={loaderData.municipalities}
              staff={loaderData.staff}
              editing={false}
              submit={t("mobilePoints.addVisit")}
            />
          </section>
          <section className="card" aria-labelledby="edit-point">
            <h2 id="edit-point">{t("mobilePoints.editPoint")}</h2>
            <PointForm
              key={`point-${loaderData.point.version}-${JSON.stringify(sent?.values.form === "point" ? (errors ?? conflict?.version) : null)}`}
              state={pointState}
              regions={loaderData.regions}
              organizations={loaderData.organizations}
              submit={t("common.save")}
            />
          </section>
        </>
      )}
    </>
  );
}
