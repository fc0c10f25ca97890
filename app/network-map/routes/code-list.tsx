import { Link } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { notFoundResponse } from "~/kit/http/respond.server";
import { codeLabelKey, isPublicCodeList, publicCodeLists } from "../exchange/code-list-columns";
import { codeListTitle } from "./code-lists";
import type { Route } from "./+types/code-list";

/** `/{lang}/code-lists/{list}`: the codes of one list with their Finnish, Swedish and English labels. */
export function loader({ params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  if (!isPublicCodeList(params.list)) throw notFoundResponse(lang);
  const labels = (["fi", "sv", "en"] as const).map((l) => translator(l));
  const list = params.list;
  return { list, codes: publicCodeLists[list].map((code) => ({ code, labels: labels.map((t) => t(codeLabelKey(list, code))) })) };
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const t = translator(languageOf(params));
  return pageTitle(params.lang, loaderData ? t(codeListTitle(loaderData.list)) : t("codeLists.title"));
};

export default function CodeListPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  return (
    <>
      <p>
        <Link to={`/${lang}/code-lists`}>{t("codeLists.title")}</Link>
      </p>
      <h1>{t(codeListTitle(loaderData.list))}</h1>
      <p>{t("codeLists.listIntro")}</p>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t("codeLists.code")}</th>
              <th scope="col">{t("codeLists.column.fi")}</th>
              <th scope="col">{t("codeLists.column.sv")}</th>
              <th scope="col">{t("codeLists.column.en")}</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.codes.map((row) => (
              <tr key={row.code}>
                <td>
                  <code>{row.code}</code>
                </td>
                {row.labels.map((label, i) => (
                  <td key={i} lang={["fi", "sv", "en"][i]}>
                    {label}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
