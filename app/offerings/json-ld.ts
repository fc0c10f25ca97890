import { localize } from "../kit/i18n/localized";
import type { Language } from "../kit/i18n/languages";
import type { OfferingDetails } from "./queries.server";

const courseModes = { contact: "onsite", distance: "online", blended: "blended" } as const;
const isoUnits: Record<string, string> = { hours: "PT{n}H", days: "P{n}D", weeks: "P{n}W", months: "P{n}M", years: "P{n}Y" };

/**
 * schema.org `Course` of an offering, so that search engines and other services can read the
 * catalogue (https://schema.org/Course).
 */
export function courseJsonLd(o: OfferingDetails, context: { lang: Language; url: string; municipalityName: string }) {
  const text = (value: Parameters<typeof localize>[0]) => localize(value, context.lang).text || undefined;
  const duration = o.durationValue && o.durationUnit && isoUnits[o.durationUnit]?.replace("{n}", String(o.durationValue));
  return {
    "@context": "https://schema.org",
    "@type": "Course",
    "@id": context.url,
    url: context.url,
    name: text(o.name),
    description: text(o.description),
    inLanguage: o.teachingLanguages,
    provider: { "@type": "Organization", name: text(o.organizationName), url: o.organizationWebsite ?? undefined },
    hasCourseInstance: {
      "@type": "CourseInstance",
      courseMode: courseModes[o.teachingMethod as keyof typeof courseModes] ?? o.teachingMethod,
      startDate: o.personalStart ? undefined : (o.startDate ?? undefined),
      courseSchedule: duration ? { "@type": "Schedule", duration, repeatFrequency: duration } : undefined,
      location: {
        "@type": "Place",
        name: context.municipalityName,
        address: { "@type": "PostalAddress", addressLocality: context.municipalityName, addressCountry: "FI" },
      },
    },
    offers: {
      "@type": "Offer",
      price: o.price,
      priceCurrency: "EUR",
      category: o.price === 0 ? "Free" : "Paid",
      availabilityStarts: o.applicationStart ?? undefined,
      availabilityEnds: o.applicationEnd ?? undefined,
      url: o.website ?? context.url,
    },
  };
}

/** JSON for a <script> element: "<" escaped so that no text can close the element. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");
