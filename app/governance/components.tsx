import { Link } from "react-router";
import { Localized } from "../kit/i18n/localized-text";
import type { MessageKey } from "../kit/i18n/catalogue";
import { useLanguage, useT } from "../kit/i18n/use-i18n";
import { formatDate } from "../kit/format";
import type { GroupNode } from "./queries.server";

export const groupPath = (lang: string, id: string) => `/${lang}/groups/${id}`;
export const groupTypeKey = (type: string) => `group.type.${type}` as MessageKey;
export const positionKey = (position: string) => `group.position.${position}` as MessageKey;

/** The region's groups as nested lists, so that the levels read as a tree with or without styles. */
export function GroupTree({ nodes }: { nodes: GroupNode[] }) {
  const t = useT();
  const lang = useLanguage();
  if (nodes.length === 0) return null;
  return (
    <ul className="group-tree">
      {nodes.map((node) => (
        <li key={node.id}>
          <Link to={groupPath(lang, node.id)}>
            <Localized value={node.name} />
          </Link>{" "}
          <span className="group-tree__type">
            ({t(groupTypeKey(node.type))}
            {node.endsOn && `, ${t("groups.endsOn", { date: formatDate(node.endsOn, lang) })}`})
          </span>
          <GroupTree nodes={node.children} />
        </li>
      ))}
    </ul>
  );
}
