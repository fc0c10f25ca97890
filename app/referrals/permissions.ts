/** Where a user works (network-map's workScopeOf): the organisations whose people they are. */
export interface ReferralScope {
  organizationIds: readonly string[];
}

export interface ReferralParties {
  fromOrganizationId: string;
  toOrganizationId: string;
}

/**
 * Only the people of the two organisations see a referral (decision 0200): the contact persons and
 * practitioners of the referring and of the receiving organisation. Coordinators and administrators
 * do not; the client's consent names these two organisations only.
 */
export const canSeeReferral = (scope: ReferralScope, referral: ReferralParties): boolean =>
  scope.organizationIds.includes(referral.fromOrganizationId) || scope.organizationIds.includes(referral.toOrganizationId);

/** Answering (accept, decline, outcome) is the receiving organisation's. */
export const canAnswerReferral = (scope: ReferralScope, referral: ReferralParties): boolean => scope.organizationIds.includes(referral.toOrganizationId);

/** A referral is made on behalf of one of the user's own organisations. */
export const canReferFrom = (scope: ReferralScope, organizationId: string): boolean => scope.organizationIds.includes(organizationId);
