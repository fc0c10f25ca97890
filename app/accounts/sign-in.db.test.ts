import { describe, expect, it } from "vitest";
import { anAccount } from "../../tests/support/fixtures";
import { auth } from "./auth.server";
import { readSessionUser as getCurrentUser } from "./session-user.server";

describe("signing in with better-auth", () => {
  it("signs in with the right password and loads the user's grants", async () => {
    const { email, password } = await anAccount({ role: "coordinator", regionCode: "maakunta_19" });
    const response = await auth().api.signInEmail({ body: { email, password }, asResponse: true });
    expect(response.status).toBe(200);
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const user = await getCurrentUser(new Request("http://localhost/fi", { headers: { cookie } }));
    expect(user?.email).toBe(email);
    expect(user?.grants).toEqual([{ role: "coordinator", regionCode: "maakunta_19", organizationId: null, practitionerId: null }]);
  });

  it("refuses a wrong password", async () => {
    const { email } = await anAccount({ role: "practitioner" });
    const response = await auth().api.signInEmail({ body: { email, password: "wrong password!!" }, asResponse: true });
    expect(response.status).toBe(401);
  });
});
