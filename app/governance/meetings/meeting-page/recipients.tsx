import { useLocalize } from "../../../kit/i18n/localized-text";
import { useLanguage, useT } from "../../../kit/i18n/use-i18n";
import { formatList } from "../../../kit/format";
import type { MeetingPageData } from "./state";

type Preview = NonNullable<MeetingPageData["invitation"]>;

/**
 * Who the invitation goes to, before it is sent: each member organisation with its recipients,
 * the organisations nobody of which would get it, and the copies.
 */
export function InvitationRecipients({ invitation }: { invitation: Preview }) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const unreached = invitation.members.filter((m) => m.recipients.length === 0).map((m) => localize(m.organization));
  return (
    <section aria-labelledby="recipients-heading">
      <h3 id="recipients-heading">{t("meetings.recipients.heading")}</h3>
      {unreached.length > 0 && <p className="alert alert--warning">{t("meetings.recipients.unreached", { organizations: formatList(unreached, lang) })}</p>}
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t("meetings.recipients.organization")}</th>
            <th scope="col">{t("meetings.recipients.receivers")}</th>
          </tr>
        </thead>
        <tbody>
          {invitation.members.map((m, i) => (
            <tr key={`${m.organizationId}-${i}`}>
              <th scope="row">{localize(m.organization)}</th>
              <td>
                {m.recipients.length === 0 ? (
                  <strong>{t("meetings.recipients.nobody")}</strong>
                ) : (
                  <ul className="results">
                    {m.recipients.map((r) => (
                      <li key={r.email}>
                        {t(r.via === "representative" ? "meetings.recipients.representative" : "meetings.recipients.contactPerson", {
                          name: r.name,
                          email: r.email,
                        })}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {invitation.copies.length > 0 && <p>{t("meetings.recipients.copies", { addresses: invitation.copies.join(", ") })}</p>}
    </section>
  );
}
