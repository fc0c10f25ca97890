import type { Transaction } from "~/kit/db/db.server";

/**
 * Features above the network map that keep something derived from an organisation (the education
 * offerings' search text holds its name) listen here; the shell connects them at start-up, so the
 * network map need not know them. Listeners run in the command's transaction.
 */
export type OrganizationListener = (tx: Transaction, organizationId: string) => Promise<void>;

const savedListeners = new Set<OrganizationListener>();

export function onOrganizationSaved(listener: OrganizationListener): void {
  savedListeners.add(listener);
}

export async function organizationSaved(tx: Transaction, organizationId: string): Promise<void> {
  for (const listener of savedListeners) await listener(tx, organizationId);
}
