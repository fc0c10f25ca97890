import { Link } from "react-router";
import { coordinatedRegions, contactOrganizations, isAdmin, ownPractitionerIds } from "~/kit/permissions/roles";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { Notice } from "~/kit/forms/components";
import { useLocalize } from "~/kit/i18n/localized-text";
import { languageOf } from "~/kit/i18n/languages";
import { editPath, newPath } from "~/network-map/work/paths";
import { dashboardFor } from "~/network-map/work/queries.server";
import { findStaleEntries } from "~/network-map/work/stale-entries.server";
import { StaleTable } from "~/network-map/work/stale-table";
import { MeetingsOnDashboard } from "~/governance/meetings/dashboard";
import { meetingsOverview } from "~/governance/meetings/queries.server";
import type { Route } from "./+types/dashboard";

const staleOnDashboard = 20;

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const dashboard = await dashboardFor(user);
  const stale = dashboard.coordinates
    ? await findStaleEntries({ regionCodes: isAdmin(user) ? "all" : coordinatedRegions(user), limit: staleOnDashboard + 1 })
    : [];
  return {
    ...dashboard,
    stale: stale.slice(0, staleOnDashboard),
    moreStale: stale.length > staleOnDashboard,
    meetings: await meetingsOverview(user),
    roles: {
      contactPerson: contactOrganizations(user).length > 0,
      practitioner: ownPractitionerIds(user).length > 0,
      coordinator: coordinatedRegions(user).length > 0,
    },
  };
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("work.title"));

export default function Dashboard({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const { admin, organizations, cards, regions, stale, moreStale, roles } = loaderData;
  const nothing = !admin && !roles.contactPerson && !roles.practitioner && !roles.coordinator;
  return (
    <>
      <h1>{t("work.title")}</h1>
      <Notice />
      <p className="lead">{nothing ? t("work.noGrants") : t("work.intro")}</p>

      {!nothing && (
        <nav aria-labelledby="tools-heading">
          <h2 id="tools-heading">{t("work.tools")}</h2>
          <ul className="link-list">
            {roles.practitioner && (
              <li>
                <Link to={`/${lang}/work/my-card`}>{t("work.editMyCard")}</Link>
              </li>
            )}
            {(admin || roles.practitioner || roles.contactPerson) && (
              <li>
                <Link to={`/${lang}/work/bookings`}>{t("workBookings.nav")}</Link>
              </li>
            )}
            {(roles.coordinator || roles.contactPerson || roles.practitioner) && (
              <>
                <li>
                  <Link to={`/${lang}/work/contact-requests`}>{t("contactQueue.nav")}</Link>
                </li>
                <li>
                  <Link to={`/${lang}/work/referrals`}>{t("referrals.nav")}</Link>
                </li>
                <li>
                  <Link to={`/${lang}/work/chat`}>{t("chatWork.nav")}</Link>
                </li>
              </>
            )}
            {(admin || roles.coordinator || roles.contactPerson) && (
              <>
                <li>
                  <Link to={`/${lang}/work/invitations`}>{t("work.invitations")}</Link>
                </li>
                <li>
                  <Link to={`/${lang}/work/import`}>{t("work.import")}</Link>
                </li>
                <li>
                  <Link to={`/${lang}/work/export`}>{t("export.title")}</Link>
                </li>
              </>
            )}
            {(admin || roles.coordinator || roles.contactPerson) && (
              <>
                <li>
                  <Link to={`/${lang}/work/offerings`}>{t("workOfferings.title")}</Link>
                </li>
                <li>
                  <Link to={`/${lang}/work/agreement`}>{t("agreement.title")}</Link>
                </li>
                <li>
                  <Link to={`/${lang}/work/planning`}>{t("planning.title")}</Link>
                </li>
                <li>
                  <Link to={`/${lang}/work/statistics`}>{t("statistics.title")}</Link>
                </li>
                <li>
                  <Link to={`/${lang}/work/satisfaction`}>{t("satisfactionResults.title")}</Link>
                </li>
              </>
            )}
            <li>
              <Link to={`/${lang}/work/mobile-points`}>{t("mobilePoints.workTitle")}</Link>
            </li>
            <li>
              <Link to={`/${lang}/work/events`}>{t("events.workTitle")}</Link>
            </li>
            {(admin || roles.coordinator) && (
              <>
                <li>
                  <Link to={`/${lang}/work/pages`}>{t("content.work.dashboardLink")}</Link>
                </li>
                <li>
                  <Link to={`/${lang}/work/stale`}>{t("work.staleTitle")}</Link>
                </li>
                <li>
                  <Link to={`/${lang}/work/audit`}>{t("work.audit")}</Link>
                </li>
                <li>
                  <Link to={`/${lang}/work/feedback`}>{t("feedbackInbox.nav")}</Link>
                </li>
              </>
            )}
            {admin && (
              <>
                <li>
                  <Link to={`/${lang}/work/outbox`}>{t("work.outbox")}</Link>
                </li>
                <li>
                  <Link to={`/${lang}/work/synonyms`}>{t("synonyms.nav")}</Link>
                </li>
                <li>
                  <Link to={`/${lang}/work/jobs`}>{t("work.jobs")}</Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      )}

      <MeetingsOnDashboard {...loaderData.meetings} />

      {organizations.length > 0 && (
        <section aria-labelledby="my-organizations">
          <h2 id="my-organizations">{t("work.myOrganizations")}</h2>
          {organizations.map((o) => (
            <div className="card" key={o.id}>
              <h3>{localize(o.name)}</h3>
              <p>
                <Link to={editPath(lang, "organization", o.id)}>{t("work.editOrganization", { name: localize(o.name) })}</Link>
              </p>
              <PartList
                title={t("work.servicePoints")}
                kind="service_point"
                items={o.servicePoints.map((p) => ({ id: p.id, label: localize(p.name) }))}
                addLabel={t("work.addServicePoint")}
                organizationId={o.id}
              />
              <PartList
                title={t("work.services")}
                kind="service"
                items={o.services.map((s) => ({ id: s.id, label: localize(s.name) }))}
                addLabel={t("work.addService")}
                organizationId={o.id}
              />
              <PartList
                title={t("work.practitioners")}
                kind="practitioner"
                items={o.practitioners.map((p) => ({ id: p.id, label: `${p.givenName} ${p.familyName}` }))}
                addLabel={t("work.addPractitioner")}
                organizationId={o.id}
              />
            </div>
          ))}
        </section>
      )}

      {cards.length > 0 && (
        <section aria-labelledby="my-card">
          <h2 id="my-card">{t("work.myCard")}</h2>
          <ul className="link-list">
            {cards.map((c) => (
              <li key={c.id}>
                <Link to={editPath(lang, "practitioner", c.id)}>
                  {c.givenName} {c.familyName}
                </Link>{" "}
                <span className="muted">({localize(c.organizationName)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {(admin || roles.coordinator) && (
        <section aria-labelledby="my-regions">
          <h2 id="my-regions">{admin ? t("work.allRegions") : t("work.regions")}</h2>
          {admin && (
            <p>
              <Link to={`/${lang}/work/organizations/new`} className="button">
                {t("work.addOrganization")}
              </Link>
            </p>
          )}
          {regions.map((r) => (
            <div className="card" key={r.code}>
              <h3>{lang === "sv" ? r.nameSv : r.nameFi}</h3>
              <p>
                <Link to={`/${lang}/work/organizations/new?region=${r.code}`} className="button button--secondary">
                  {t("work.addOrganization")}
                </Link>
              </p>
              <h4>{t("work.members")}</h4>
              {r.members.length === 0 ? (
                <p>{t("work.noMembers")}</p>
              ) : (
                <ul className="link-list">
                  {r.members.map((m) => (
                    <li key={m.id}>
                      <Link to={editPath(lang, "organization", m.id)}>{localize(m.name)}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
          <h3 id="stale-heading">{t("work.staleTitle")}</h3>
          <StaleTable entries={stale} caption={t("work.staleTitle")} />
          {moreStale && (
            <p>
              <Link to={`/${lang}/work/stale`}>{t("work.staleShowAll")}</Link>
            </p>
          )}
        </section>
      )}
    </>
  );
}

function PartList(props: {
  title: string;
  kind: "service_point" | "service" | "practitioner";
  items: { id: string; label: string }[];
  addLabel: string;
  organizationId: string;
}) {
  const t = useT();
  const lang = useLanguage();
  return (
    <>
      <h4>{props.title}</h4>
      {props.items.length === 0 ? (
        <p>{t("work.none")}</p>
      ) : (
        <ul className="link-list">
          {props.items.map((item) => (
            <li key={item.id}>
              <Link to={editPath(lang, props.kind, item.id)}>{item.label}</Link>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={newPath(lang, props.kind, props.organizationId)}>{props.addLabel}</Link>
      </p>
    </>
  );
}
