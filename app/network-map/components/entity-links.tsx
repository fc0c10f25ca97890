import { Link } from "react-router";
import { Localized } from "~/kit/i18n/localized-text";
import { useLanguage } from "~/kit/i18n/use-i18n";
import type { LocalizedText } from "../../kit/i18n/localized";
import { entityPath } from "../paths";
import type { SearchKind } from "../search-params";

export interface EntityLinkItem {
  id: string;
  name: LocalizedText | string;
  /** Shown after the link, e.g. an address or a status. */
  detail?: React.ReactNode;
}

/** A headed list of links to entries of the map; nothing at all when the list is empty. */
export function EntityLinks({ heading, kind, items, showEmpty = false }: { heading: string; kind: SearchKind; items: EntityLinkItem[]; showEmpty?: boolean }) {
  const lang = useLanguage();
  if (items.length === 0 && !showEmpty) return null;
  return (
    <>
      <h2>{heading}</h2>
      <ul className="link-list">
        {items.map((item) => (
          <li key={item.id}>
            <Link to={entityPath(lang, kind, item.id)}>{typeof item.name === "string" ? item.name : <Localized value={item.name} />}</Link>
            {item.detail && <> – {item.detail}</>}
          </li>
        ))}
      </ul>
    </>
  );
}

/** "Street 1, 96100 Rovaniemi" */
export const addressLine = (p: { streetAddress: string; postalCode: string }, place: string) => `${p.streetAddress}, ${p.postalCode} ${place}`;
