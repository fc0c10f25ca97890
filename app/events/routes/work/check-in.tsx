import { Form, Link, redirect } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { localize } from "~/kit/i18n/localized";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { commandFailure, forbiddenResponse, notFoundResponse, requireId } from "~/kit/http/respond.server";
import { text } from "~/kit/forms/form-data";
import { setCheckedIn } from "../../commands/attendance.server";
import { canManageEvent } from "../../permissions";
import { eventPage, registrationsOf } from "../../queries.server";
import type { Route } from "./+types/check-in";

/**
 * `/:lang/work/events/:id/check-in`: the confirmed people as big buttons for a phone at the door;
 * one tap marks a person arrived (a plain form post, so it works without JavaScript), another takes
 * the mark back. The page comes back at the person tapped.
 */
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
    people: people
      .map((r) => ({ id: r.id, name: r.name ?? "–", organizationName: r.organizationName ?? "", arrived: !!r.checkedInAt }))
      .sort((a, b) => a.name.localeCompare(b.name, lang)),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const id = requireId(params.id, lang);
  const form = await request.formData();
  const registrationId = requireId(text(form, "registrationId"), lang);
  try {
    await setCheckedIn(user, registrationId, form.get("arrived") === "yes");
  } catch (error) {
    return commandFailure(error, lang, {});
  }
  return redirect(`/${lang}/work/events/${id}/check-in#person-${registrationId}`, { status: 303 });
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("events.checkIn.title"));

export default function CheckIn({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const arrived = loaderData.people.filter((p) => p.arrived).length;
  return (
    <>
      <p>
        <Link to={`/${lang}/work/events/${loaderData.id}`}>{loaderData.title}</Link>
      </p>
      <h1>{t("events.checkIn.title")}</h1>
      <p className="lead" role="status">
        {t("events.checkIn.count", { arrived, total: loaderData.people.length })}
      </p>
      <ul className="check-in-list">
        {loaderData.people.map((p) => (
          <li key={p.id} id={`person-${p.id}`}>
            <Form method="post">
              <input type="hidden" name="registrationId" value={p.id} />
              <input type="hidden" name="arrived" value={p.arrived ? "no" : "yes"} />
              <button
                type="submit"
                className={p.arrived ? "button check-in-button check-in-button--arrived" : "button button--secondary check-in-button"}
                aria-pressed={p.arrived}
              >
                {p.name}
                {p.organizationName && `, ${p.organizationName}`}
                {p.arrived && ` – ${t("events.checkIn.arrived")}`}
              </button>
            </Form>
          </li>
        ))}
      </ul>
    </>
  );
}
