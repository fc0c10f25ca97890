import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { defaultRadiusKm, radiiKm } from "./radii";

export interface NearState {
  postcode: string | null;
  latitude: number | null;
  longitude: number | null;
  radiusKm: number;
  byDistance: boolean;
}

/**
 * The near-me part of the search form: a postcode, the radius and the order. Coordinates from the
 * browser's location ride along as hidden fields until a postcode replaces them.
 */
export function NearFields({ near, notice }: { near: NearState | null; notice: string | null }) {
  const t = useT();
  return (
    <fieldset className="near-fields">
      <legend className="visually-hidden">{t("near.label")}</legend>
      <div className="field">
        <label htmlFor="search-near">{t("near.label")}</label>
        <input
          id="search-near"
          name="near"
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={5}
          size={6}
          defaultValue={near?.postcode ?? ""}
          aria-describedby="search-near-hint"
          aria-invalid={notice ? true : undefined}
        />
        <p id="search-near-hint" className="field__hint">
          {t("near.hint")}
        </p>
        {notice && (
          <p role="alert" className="alert alert--error">
            {notice}
          </p>
        )}
        {near && near.postcode === null && near.latitude !== null && (
          <>
            <input type="hidden" name="lat" value={near.latitude} />
            <input type="hidden" name="lon" value={near.longitude ?? ""} />
            <p>{t("near.from", { place: t("near.myLocation") })}</p>
          </>
        )}
      </div>
      <div className="field">
        <label htmlFor="search-radius">{t("near.radius")}</label>
        <select id="search-radius" name="radius" defaultValue={String(near?.radiusKm ?? defaultRadiusKm)}>
          {radiiKm.map((km) => (
            <option key={km} value={km}>
              {t("near.distance", { km })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="search-sort">{t("near.sort")}</label>
        <select id="search-sort" name="sort" defaultValue={near?.byDistance ? "distance" : "relevance"}>
          <option value="relevance">{t("near.sortRelevance")}</option>
          <option value="distance">{t("near.sortDistance")}</option>
        </select>
      </div>
    </fieldset>
  );
}

/** "12,5 km" on a result card. */
export function Distance({ km, approximate = false }: { km: number | undefined; approximate?: boolean }) {
  const t = useT();
  const lang = useLanguage();
  if (km === undefined) return null;
  const text = new Intl.NumberFormat(`${lang}-FI`, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
  return <p className="result__distance">{t(approximate ? "near.distanceApproximate" : "near.distance", { km: text })}</p>;
}
