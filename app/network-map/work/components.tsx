import { Form, Link } from "react-router";
import { formatDate } from "~/kit/format";
import type { LocalizedText } from "~/kit/i18n/localized";
import { useLocalize } from "~/kit/i18n/localized-text";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";

/** "Still correct": confirms the entry without changing it. */
export function VerifyBox({ kind, id, lastVerifiedAt }: { kind: string; id: string; lastVerifiedAt: Date | string }) {
  const t = useT();
  const lang = useLanguage();
  return (
    <section className="card" aria-labelledby="verify-heading">
      <h2 id="verify-heading">{t("work.lastVerified")}</h2>
      <p>{t("work.verifyHint", { date: formatDate(lastVerifiedAt, lang) })}</p>
      <Form method="post" action={`/${lang}/work/verify/${kind}/${id}`}>
        <button type="submit" className="button button--secondary">
          {t("work.verify")}
        </button>
      </Form>
    </section>
  );
}

export function DeleteLink({ kind, id }: { kind: string; id: string }) {
  const t = useT();
  const lang = useLanguage();
  return (
    <p>
      <Link to={`/${lang}/work/delete/${kind}/${id}`} className="button button--danger">
        {t("work.delete")}
      </Link>
    </p>
  );
}

export function BackLink({ organizationId, organizationName }: { organizationId?: string; organizationName?: LocalizedText | null }) {
  const t = useT();
  const lang = useLanguage();
  const name = useLocalize()(organizationName);
  return (
    <p>
      {organizationId && organizationName ? (
        <Link to={`/${lang}/work/organizations/${organizationId}`}>{t("work.backToOrganization", { name })}</Link>
      ) : (
        <Link to={`/${lang}/work`}>{t("work.backToWork")}</Link>
      )}
    </p>
  );
}
