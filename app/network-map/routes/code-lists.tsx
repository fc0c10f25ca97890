import { Link } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { translator, type MessageKey } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { publicCodeLists, type PublicCodeList } from "../exchange/code-list-columns";
import type { Route } from "./+types/code-lists";

export const codeListTitle = (list: PublicCodeList) => `codeLists.list.${list}` as MessageKey;

/** `/{lang}/code-lists`: the network map's code lists, for whoever writes an import file or reads the HSDS API. */
export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("codeLists.title"));

export default function CodeListsPage() {
  const t = useT();
  const lang = useLanguage();
  return (
    <>
      <h1>{t("codeLists.title")}</h1>
      <p className="lead">{t("codeLists.intro")}</p>
      <ul>
        {(Object.keys(publicCodeLists) as PublicCodeList[]).map((list) => (
          <li key={list}>
            <Link to={`/${lang}/code-lists/${list}`}>{t(codeListTitle(list))}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
