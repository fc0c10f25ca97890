import { Link, redirect } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { localize } from "~/kit/i18n/localized";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { commandFailure, forbiddenResponse } from "~/kit/http/respond.server";
import { Notice, useFormState } from "~/kit/forms/components";
import { createEvent } from "../../commands/event.server";
import { EventForm } from "../../components/event-form";
import { eventFromForm } from "../../form-data";
import { eventWhen } from "../../format";
import type { EventInput } from "../../inputs";
import { canOpenEventWork } from "../../permissions";
import { workEvents } from "../../queries.server";
import { formChoices } from "./work-choices.server";
import type { Route } from "./+types/events";

/** `/:lang/work/events`: the events the user runs, and a form for a new one. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  if (!canOpenEventWork(user)) throw forbiddenResponse(lang);
  const rows = await workEvents(user);
  return {
    events: rows.map((r) => ({
      id: r.event.id,
      title: localize(r.event.title, lang).text,
      when: eventWhen(r.event.startsAt, r.event.endsAt, lang),
      confirmed: r.confirmed,
      waiting: r.waiting,
      capacity: r.event.capacity,
    })),
    ...(await formChoices(user, lang)),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const input = eventFromForm(await request.formData());
  try {
    const id = await createEvent(user, input);
    return redirect(`/${lang}/work/events/${id}?notice=created`, { status: 303 });
  } catch (error) {
    return commandFailure(error, lang, input);
  }
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("events.workTitle"));

const emptyEvent: EventInput = {
  kind: "training",
  audience: "practitioners",
  visibility: "public",
  regionCode: "",
  organizerId: "",
  title: {},
  description: {},
  date: "",
  startTime: "",
  endTime: "",
  capacity: "",
};

export default function WorkEvents({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const state = useFormState(emptyEvent, actionData);
  return (
    <>
      <p>
        <Link to={`/${lang}/work`}>{t("work.backToWork")}</Link>
      </p>
      <h1>{t("events.workTitle")}</h1>
      <Notice />
      <p>
        <Link to={`/${lang}/events`}>{t("events.publicList")}</Link>
      </p>
      <h2>{t("events.yourEvents", { count: loaderData.events.length })}</h2>
      {loaderData.events.length > 0 && (
        <ul className="link-list">
          {loaderData.events.map((e) => (
            <li key={e.id}>
              <Link to={`/${lang}/work/events/${e.id}`}>{e.title}</Link> – {e.when} –{" "}
              {t("events.seatCounts", { confirmed: e.confirmed, capacity: e.capacity, waiting: e.waiting })}
            </li>
          ))}
        </ul>
      )}
      <section className="card" aria-labelledby="new-event">
        <h2 id="new-event">{t("events.newEvent")}</h2>
        <div key={state.formKey}>
          <EventForm
            state={state}
            regions={loaderData.regions}
            organizations={loaderData.organizations}
            servicePoints={loaderData.servicePoints}
            submit={t("events.addEvent")}
          />
        </div>
      </section>
    </>
  );
}
