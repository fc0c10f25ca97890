/**
 * Whether an offering's application is open on a day. Both ends are inclusive. An offering with no
 * application dates and a personal start takes applications continuously; one with no dates and a
 * fixed start date has not announced its application period. The same rule is written in SQL in
 * `openNowCondition` (search.server.ts); the tests hold the two together.
 */
export interface ApplicationPeriod {
  applicationStart: string | null;
  applicationEnd: string | null;
  personalStart: boolean;
}

export function isApplicationOpen(period: ApplicationPeriod, today: string): boolean {
  const { applicationStart: start, applicationEnd: end } = period;
  if (!start && !end) return period.personalStart;
  return (!start || start <= today) && (!end || today <= end);
}
