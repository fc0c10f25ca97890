import { Link } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { localize } from "~/kit/i18n/localized";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { forbiddenResponse, notFoundResponse, requireId } from "~/kit/http/respond.server";
import { eventWhen } from "../../format";
import { canManageEvent } from "../../permissions";
import { eventPage, registrationsOf } from "../../queries.server";
import type { Route } from "./+types/print";

/** `/:lang/work/events/:id/print`: the confirmed people as a list to print and sign at the door. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const found = await eventPage(requireId(params.id, lang));
  if (!found) throw notFoundResponse(lang);
  if (!canManageEvent(user, found.event)) throw forbiddenResponse(lang);
  const people = (await registrationsOf(found.event.id)).filter((r) => r.status === "confirmed");
  return {
    id: found.event.id,
    title: localize(found.event.title, lang).text,
    when: eventWhen(found.event.startsAt, found.event.endsAt, lang),
    people: people
      .map((r) => ({ id: r.id, name: r.name ?? "–", organizationName: r.organizationName ?? "" }))
      .sort((a, b) => a.name.localeCompare(b.name, lang)),
  };
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("events.print.title"));

export default function PrintList({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  return (
    <>
      <p className="no-print">
        <Link to={`/${lang}/work/events/${loaderData.id}`}>{loaderData.title}</Link>
      </p>
      <h1>{loaderData.title}</h1>
      <p>{loaderData.when}</p>
      <table className="table print-list">
        <caption>{t("events.print.caption", { count: loaderData.people.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("events.name")}</th>
            <th scope="col">{t("events.organizationName")}</th>
            <th scope="col">{t("events.print.signature")}</th>
          </tr>
        </thead>
        <tbody>
          {loaderData.people.map((p) => (
            <tr key={p.id}>
              <td>{p.name}</td>
              <td>{p.organizationName}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
