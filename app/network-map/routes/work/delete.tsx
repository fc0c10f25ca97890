import { Form, Link } from "react-router";
import { isAdmin } from "~/kit/permissions/roles";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { deleteOrganization } from "~/network-map/commands/organization.server";
import { deletePractitioner } from "~/network-map/commands/practitioner.server";
import { deleteService } from "~/network-map/commands/service.server";
import { deleteServicePoint } from "~/network-map/commands/service-point.server";
import { canManageMemberships } from "~/network-map/permissions";
import { useLocalize } from "~/kit/i18n/localized-text";
import { languageOf } from "~/kit/i18n/languages";
import { editPath, isEntryKind, type EntryKind } from "~/network-map/work/paths";
import { loadOrganization, loadPractitioner, loadService, loadServicePoint, organizationAccess } from "~/network-map/work/queries.server";
import { commandFailure, forbiddenResponse, notFoundResponse, redirectWithNotice, requireId } from "~/kit/http/respond.server";
import type { Route } from "./+types/delete";

async function entryOf(kind: EntryKind, id: string) {
  if (kind === "organization") {
    const o = await loadOrganization(id);
    return o && { name: o.name, organizationId: id };
  }
  if (kind === "practitioner") {
    const p = await loadPractitioner(id);
    return p && { name: { fi: p.name }, organizationId: p.organizationId };
  }
  const e = kind === "service" ? await loadService(id) : await loadServicePoint(id);
  return e && { name: e.name, organizationId: e.organizationId };
}

const deleters = { organization: deleteOrganization, service_point: deleteServicePoint, service: deleteService, practitioner: deletePractitioner };

/** The confirmation step before a delete; the commands decide who may delete. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  if (!isEntryKind(params.kind)) throw notFoundResponse(lang);
  const id = requireId(params.id, lang);
  const entry = await entryOf(params.kind, id);
  if (!entry) throw notFoundResponse(lang);
  const access = await organizationAccess(user, entry.organizationId);
  if (!access) throw notFoundResponse(lang);
  // Same rules as the delete commands: an organisation needs its networks' coordinators (or an admin).
  const allowed =
    params.kind === "organization"
      ? access.scope.regionCodes.length
        ? access.scope.regionCodes.every((code) => canManageMemberships(user, code))
        : isAdmin(user)
      : access.allowed;
  if (!allowed) throw forbiddenResponse(lang);
  return { kind: params.kind, id, name: entry.name, organizationId: entry.organizationId };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  if (!isEntryKind(params.kind)) throw notFoundResponse(lang);
  const kind = params.kind;
  const id = requireId(params.id, lang);
  const entry = await entryOf(kind, id);
  if (!entry) throw notFoundResponse(lang);
  try {
    await deleters[kind](user, id);
  } catch (error) {
    return commandFailure(error, lang, null);
  }
  return redirectWithNotice(kind === "organization" ? `/${lang}/work` : editPath(lang, "organization", entry.organizationId), "deleted");
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const lang = languageOf(params);
  const name = loaderData?.name;
  return pageTitle(lang, translator(lang)("work.deleteTitle", { name: name?.[lang] || name?.fi || "" }));
};

export default function DeletePage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const { kind, id, name } = loaderData;
  return (
    <>
      <h1>{t("work.deleteTitle", { name: localize(name) })}</h1>
      <p className="alert">
        {t("work.deleteWarning")} {kind === "organization" && t("work.deleteOrganizationWarning")}
      </p>
      <Form method="post" className="form-actions">
        <button type="submit" className="button button--danger">
          {t("work.confirmDelete")}
        </button>
        <Link to={editPath(lang, kind, id)}>{t("work.cancel")}</Link>
      </Form>
    </>
  );
}
