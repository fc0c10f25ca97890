import { createAccount } from "../accounts/commands/create-account.server";
import type { CurrentUser, RoleGrant } from "../kit/permissions/roles";
import type { Transaction } from "../kit/db/db.server";

/** Password of the demo accounts listed in the README. */
export const demoPassword = "elo-demo-salasana";

const grant = (g: Partial<RoleGrant> & Pick<RoleGrant, "role">): RoleGrant => ({ regionCode: null, organizationId: null, practitionerId: null, ...g });

/** The demo accounts of the README, by what they are for. */
export const demoAccounts = {
  admin: { email: "admin@elo.example", name: "Ylläpitäjä (demo)", grant: () => grant({ role: "admin" }) },
  lapland: {
    email: "koordinaattori.lappi@elo.example",
    name: "Lapin koordinaattori (demo)",
    grant: () => grant({ role: "coordinator", regionCode: "maakunta_19" }),
  },
  kainuu: {
    email: "koordinaattori.kainuu@elo.example",
    name: "Kainuun koordinaattori (demo)",
    grant: () => grant({ role: "coordinator", regionCode: "maakunta_18" }),
  },
  kaoContact: {
    email: "yhdyshenkilo.kao@elo.example",
    name: "Kainuun ammattiopiston yhdyshenkilö (demo)",
    grant: (organizationId: string) => grant({ role: "contact_person", organizationId }),
  },
  practitioner: { email: "ohjaaja@elo.example", name: "Ohjaaja (demo)", grant: (practitionerId: string) => grant({ role: "practitioner", practitionerId }) },
};

/**
 * Creates a demo account and returns it as the user the demo then acts as. Written with
 * createAccount rather than through an invitation: an invitation lets the person choose their
 * password, and the demo accounts need the known one of the README.
 */
export async function createDemoAccount(tx: Transaction, account: { email: string; name: string }, grants: RoleGrant[]): Promise<CurrentUser> {
  const id = await createAccount({ ...account, password: demoPassword, grants }, { id: null, name: "Elo demo data" }, tx);
  return { id, name: account.name, email: account.email, grants };
}

/**
 * Someone of a member organisation who has no demo account (the demo invents only the README's
 * accounts): acts with exactly the role given, and the records name them as given. Commands treat
 * the id "system" as "no account", so nothing points at a user that does not exist; where a command
 * keeps one record per person (self-assessment answers), give each person an id of their own.
 */
export const withoutAccount = (name: string, roleGrant: RoleGrant, id = "system"): CurrentUser => ({ id, name, email: "", grants: [roleGrant] });

export { grant };
