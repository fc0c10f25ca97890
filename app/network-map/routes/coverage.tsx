import { Form } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { translator, type MessageKey } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { placeName, reference, sortPlaces } from "~/reference/public.server";
import { coverageDimensions } from "../coverage-dimensions";
import { coverageRegion, getCoverage } from "../coverage.server";
import type { Route } from "./+types/coverage";

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const regionCode = await coverageRegion(request, lang);
  const ref = await reference();
  const coverage = await getCoverage(regionCode);
  return {
    regionCode,
    regions: sortPlaces(ref.regions, lang).map((r) => ({ code: r.code, name: placeName(r, lang) })),
    municipalities: sortPlaces(
      ref.municipalities.filter((m) => coverage.municipalityCodes.includes(m.code)),
      lang,
    ).map((m) => ({
      code: m.code,
      name: placeName(m, lang),
    })),
    counts: coverage.counts,
  };
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("coverage.title"));

const headings = { targetGroups: "coverage.targetGroups", channels: "coverage.channels", languages: "coverage.languages" } as const;

export default function CoveragePage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  return (
    <>
      <h1>{t("coverage.title")}</h1>
      <p className="lead">{t("coverage.intro")}</p>
      <Form method="get" className="search-box">
        <label htmlFor="coverage-region">{t("coverage.region")}</label>
        <div className="search-box__row">
          <select id="coverage-region" name="region" defaultValue={loaderData.regionCode}>
            {loaderData.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            {t("coverage.show")}
          </button>
        </div>
      </Form>
      <p>
        <a href={`/${lang}/coverage.csv?region=${loaderData.regionCode}`} download>
          {t("coverage.downloadCsv")}
        </a>
      </p>
      {coverageDimensions.map((dimension) => {
        const gaps = loaderData.municipalities.reduce(
          (sum, m) => sum + dimension.codes.filter((code) => !loaderData.counts[m.code]?.[`${dimension.prefix}:${code}`]).length,
          0,
        );
        const headingId = `coverage-${dimension.key}`;
        return (
          <section key={dimension.key} aria-labelledby={headingId}>
            <h2 id={headingId}>
              {t(headings[dimension.key])} <span className="muted">({t("coverage.gaps", { count: gaps })})</span>
            </h2>
            <div className="table-wrap" role="region" aria-labelledby={headingId} tabIndex={0}>
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t("coverage.municipality")}</th>
                    {dimension.codes.map((code) => (
                      <th key={code} scope="col">
                        {t(`${dimension.labelPrefix}.${code}` as MessageKey)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {loaderData.municipalities.map((m) => (
                    <tr key={m.code}>
                      <th scope="row">{m.name}</th>
                      {dimension.codes.map((code) => {
                        const count = loaderData.counts[m.code]?.[`${dimension.prefix}:${code}`] ?? 0;
                        return count > 0 ? (
                          <td key={code} className="num">
                            {count}
                          </td>
                        ) : (
                          <td key={code} className="gap">
                            {t("coverage.gap")}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
