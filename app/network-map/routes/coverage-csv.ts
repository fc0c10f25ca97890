import { stringify } from "csv-stringify/sync";
import { neutralizeValue } from "~/kit/csv/formula-cells";
import { translator, type MessageKey } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { placeName, reference } from "~/reference/public.server";
import { coverageRegion, coverageRows, getCoverage } from "../coverage.server";
import type { Route } from "./+types/coverage-csv";

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const regionCode = await coverageRegion(request, lang);
  const ref = await reference();
  const rows = coverageRows(await getCoverage(regionCode), {
    municipality: t("coverage.municipality"),
    column: (d, code) => `${t(`coverage.${d.key}` as MessageKey)}: ${t(`${d.labelPrefix}.${code}` as MessageKey)}`,
    place: (code) => placeName(ref.byCode.get(code), lang),
  });
  // A byte order mark so that spreadsheet programs read the Finnish letters right.
  const csv =
    "\uFEFF" +
    stringify(
      rows.map((row) => row.map(neutralizeValue)),
      { delimiter: ";" },
    );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="coverage-${regionCode}.csv"`,
    },
  });
}
