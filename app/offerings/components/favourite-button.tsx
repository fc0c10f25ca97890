import { Form, useLocation } from "react-router";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";

/**
 * Adds an offering to the comparison or removes it: a plain POST form, so that it works without
 * JavaScript; the server keeps the choice in a cookie and sends the visitor back to this page.
 */
export function FavouriteButton({ offeringId, name, chosen }: { offeringId: string; name: string; chosen: boolean }) {
  const lang = useLanguage();
  const t = useT();
  const { pathname, search } = useLocation();
  return (
    <Form method="post" action={`/${lang}/education/favourites`} reloadDocument className="inline-form">
      <input type="hidden" name="offering" value={offeringId} />
      <input type="hidden" name="intent" value={chosen ? "remove" : "add"} />
      <input type="hidden" name="returnTo" value={`${pathname}${search}`} />
      <button type="submit" className="button button--secondary" aria-label={t(chosen ? "favourites.removeNamed" : "favourites.addNamed", { name })}>
        {t(chosen ? "favourites.remove" : "favourites.add")}
      </button>
    </Form>
  );
}
