import { Link } from "react-router";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";

interface Summary {
  id: string;
  point: string;
  place: string;
  when: string;
  changed: string | null;
  regionName: string;
  href: string;
}

/** The next visit of the mobile point in each region, with a way to the whole timetable (the front page). */
export function NextVisits({ visits }: { visits: Summary[] }) {
  const t = useT();
  const lang = useLanguage();
  return (
    <section aria-labelledby="next-visits-heading">
      <h2 id="next-visits-heading">{t("mobilePoints.nextVisits")}</h2>
      {visits.length === 0 ? (
        <p>{t("mobilePoints.noneComing")}</p>
      ) : (
        <ul className="link-list">
          {visits.map((v) => (
            <li key={v.id}>
              <Link to={v.href}>{t("mobilePoints.nextVisitText", { point: v.point, place: v.place, when: v.when })}</Link> ({v.regionName})
              {v.changed && <strong> {v.changed}</strong>}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/${lang}/mobile-points`}>{t("mobilePoints.allVisits")}</Link>
      </p>
    </section>
  );
}
