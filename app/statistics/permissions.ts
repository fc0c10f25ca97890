import { overseenScope, type OverseenScope } from "../kit/permissions/roles";

/**
 * Whose service statistics a user reads (decision 0203): admins every region's, coordinators their
 * regions' networks', contact persons their own organisations'. Practitioners read none here (403):
 * the statistics are the organisation's, and hold no personal data to show them anyway.
 */
export const statisticsScope = overseenScope;
export type StatisticsScope = OverseenScope;

/** Whether a scope covers a region as a whole (a contact person's does not, even for their own organisation's region). */
export const coversRegion = (scope: StatisticsScope, regionCode: string) => scope.all || scope.regionCodes.includes(regionCode);
