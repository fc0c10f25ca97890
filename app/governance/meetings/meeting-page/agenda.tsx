import { useT } from "../../../kit/i18n/use-i18n";
import { useLocalize } from "../../../kit/i18n/localized-text";
import { AgendaItemView } from "./agenda-item";
import { ArrangeAgenda } from "./arrange-agenda";
import { ProposeForm, Proposals } from "./proposals";
import type { FormState, MeetingPageData } from "./state";

/** The agenda: accepted items with their decisions and action items, the other proposals, arranging and proposing. */
export function AgendaSection({ data, state, formKey }: { data: MeetingPageData; state: FormState; formKey: string }) {
  const t = useT();
  const localize = useLocalize();
  const { meeting, items, runs } = data;
  const cancelled = meeting.status === "cancelled";
  const accepted = items.filter((i) => i.status === "accepted");
  // Action items name a member organisation; each organisation once, however many seats it holds.
  const organizations = [...new Map(data.members.map((m) => [m.organizationId, localize(m.organizationName)])).entries()].map(([value, label]) => ({
    value,
    label,
  }));
  return (
    <section aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t("meetings.agendaHeading")}</h2>
      {accepted.length === 0 ? (
        <p>{t("meetings.noAgenda")}</p>
      ) : (
        accepted.map((item) => (
          <AgendaItemView
            key={item.id}
            item={item}
            formKey={formKey}
            runs={runs}
            actions={data.actions.filter((a) => a.agendaItemId === item.id)}
            organizations={organizations}
            state={state}
          />
        ))
      )}
      <Proposals items={items.filter((i) => i.status !== "accepted")} />
      {runs && items.length > 0 && (
        <ArrangeAgenda
          items={items}
          version={state.conflictFor("agenda")?.version ?? meeting.agendaVersion}
          formKey={formKey}
          errors={state.errorsFor("agenda")}
          conflict={state.conflictFor("agenda") ? state.message : undefined}
        />
      )}
      {data.canPropose || data.proposeFor.length > 0 ? (
        <ProposeForm
          formKey={formKey}
          errors={state.errorsFor("propose")}
          sent={state.sent?.form === "propose" ? state.sent.input : undefined}
          subGroups={data.proposeFor}
          groupOption={data.canPropose}
        />
      ) : (
        !cancelled && <p>{t("meetings.deadlinePassed")}</p>
      )}
    </section>
  );
}
