import { data, Link } from "react-router";
import { getCurrentUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { Localized } from "~/kit/i18n/localized-text";
import { localize } from "~/kit/i18n/localized";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { entityPath, Fact } from "~/network-map/public";
import { isUuid } from "~/kit/validation/uuid";
import { formatDate } from "~/kit/format";
import { languageOf } from "~/kit/i18n/languages";
import { placeName, reference, sortPlaces } from "~/reference/public.server";
import { groupPath, groupTypeKey, positionKey } from "../components";
import { todayInFinland } from "~/kit/dates/calendar";
import { isMemberOf } from "../membership";
import { canEditGroupMembers, canManageGroups } from "../permissions";
import { currentMembers, getGroup } from "../queries.server";
import type { Route } from "./+types/group";

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const found = isUuid(params.id) ? await getGroup(params.id) : null;
  if (!found) throw data(null, { status: 404 });
  const ref = await reference();
  const { group } = found;
  const today = todayInFinland();
  const user = await getCurrentUser(request);
  // Public: organisations, the position and a named person's name; no contact details here.
  const members = currentMembers(found.memberships, today).map((m) => ({
    id: m.id,
    organizationId: m.organizationId,
    organizationName: m.organizationName,
    practitionerId: m.practitionerId,
    person: m.practitionerId ? `${m.givenName} ${m.familyName}` : null,
    position: m.position,
  }));
  const municipalities = ref.municipalities.filter((m) => group.municipalityCodes.includes(m.code));
  return {
    group: { id: group.id, type: group.type, name: group.name, description: group.description, endsOn: group.endsOn },
    region: { code: group.regionCode, name: placeName(ref.byCode.get(group.regionCode), lang) },
    municipalities: sortPlaces(municipalities, lang).map((m) => placeName(m, lang)),
    parent: found.parent,
    children: found.children,
    members,
    canEdit: canEditGroupMembers(user, { regionCode: group.regionCode, memberships: found.memberships }, today),
    // The group's documents are its current members' and the region's coordinators' (the documents feature's rule).
    canReadDocuments: canManageGroups(user, group.regionCode) || isMemberOf(user, found.memberships, today),
  };
}

export const meta = ({ params, loaderData }: Route.MetaArgs) =>
  pageTitle(params.lang, loaderData ? localize(loaderData.group.name, languageOf(params)).text : "");

export default function GroupPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { group, members } = loaderData;
  return (
    <article>
      <p className="result__kind">{t(groupTypeKey(group.type))}</p>
      <h1>
        <Localized value={group.name} />
      </h1>
      <Localized value={group.description} as="p" />
      <dl className="facts">
        <Fact term={t("groups.region")}>
          <Link to={`/${lang}/groups?region=${loaderData.region.code}`}>{loaderData.region.name}</Link>
        </Fact>
        <Fact term={t("group.parent")}>
          {loaderData.parent && (
            <Link to={groupPath(lang, loaderData.parent.id)}>
              <Localized value={loaderData.parent.name} />
            </Link>
          )}
        </Fact>
        <Fact term={t("group.municipalities")}>{loaderData.municipalities.join(", ")}</Fact>
        {group.type === "working" && (
          <Fact term={t("group.period")}>{group.endsOn ? t("group.until", { date: formatDate(group.endsOn, lang) }) : t("group.permanent")}</Fact>
        )}
      </dl>
      {(loaderData.canEdit || loaderData.canReadDocuments) && (
        <p>
          {loaderData.canEdit && <Link to={`/${lang}/work/groups/${group.id}`}>{t("group.edit")}</Link>}
          {loaderData.canEdit && loaderData.canReadDocuments && " · "}
          {loaderData.canReadDocuments && <Link to={`/${lang}/work/groups/${group.id}/documents`}>{t("documents.link")}</Link>}
        </p>
      )}
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t("group.members")}</h2>
        {members.length === 0 ? (
          <p>{t("group.noMembers")}</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t("group.col.organization")}</th>
                <th scope="col">{t("group.col.person")}</th>
                <th scope="col">{t("group.col.position")}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id}>
                  <td>
                    <Link to={entityPath(lang, "organization", m.organizationId)}>
                      <Localized value={m.organizationName} />
                    </Link>
                  </td>
                  <td>{m.practitionerId && <Link to={entityPath(lang, "practitioner", m.practitionerId)}>{m.person}</Link>}</td>
                  <td>{t(positionKey(m.position))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {loaderData.children.length > 0 && (
        <section aria-labelledby="subgroups-heading">
          <h2 id="subgroups-heading">{t("group.subgroups")}</h2>
          <ul>
            {loaderData.children.map((c) => (
              <li key={c.id}>
                <Link to={groupPath(lang, c.id)}>
                  <Localized value={c.name} />
                </Link>{" "}
                ({t(groupTypeKey(c.type))})
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
