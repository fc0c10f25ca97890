import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { anAccount, anAccountUser, anOrganization, aPractitioner, system, unique } from "../../../../tests/support/fixtures";
import { db } from "../../../kit/db/db.server";
import { outboxMessage } from "../../../mail/schema.server";
import { createGroup } from "../../commands/group.server";
import { addMember } from "../../commands/membership.server";
import { invitationPreview } from "../queries.server";
import { meeting } from "../schema.server";
import { createMeeting, inviteToMeeting } from "./meeting.server";

// A region of its own: its coordinators are exactly the ones made here.
const region = "maakunta_05";
const address = () => `${unique("kutsu-")}@example.fi`;

describe("a meeting invitation (issue 13: it skipped members without a named representative, and the coordinator)", () => {
  it("reaches every member organisation: its named representative, else its contact persons; the organiser and the coordinators get a copy; the page learns who has nobody", async () => {
    const organisation = async (prefix: string) => {
      const name = { fi: unique(prefix) };
      return { id: (await anOrganization({ name, regionCodes: [region] })).id, name };
    };
    const named = await organisation("Nimetty ");
    const withContactCard = await organisation("Yhdyshenkilökortti ");
    const withContactAccount = await organisation("Yhdyshenkilötili ");
    const nobody = await organisation("Tavoittamaton ");
    const namedWithoutAddress = await organisation("Nimetty ilman osoitetta ");

    const representative = address();
    const representativeCard = await aPractitioner(named.id, { email: representative });
    await aPractitioner(named.id, { email: address(), isContactPerson: true });
    const contactCard = address();
    await aPractitioner(withContactCard.id, { email: contactCard, isContactPerson: true });
    await aPractitioner(withContactCard.id, { email: address() });
    const contactAccount = await anAccount({ role: "contact_person", organizationId: withContactAccount.id });
    await aPractitioner(nobody.id, { email: address() });
    const cardWithoutAddress = await aPractitioner(namedWithoutAddress.id, { email: undefined });
    const fallbackContact = address();
    await aPractitioner(namedWithoutAddress.id, { email: fallbackContact, isContactPerson: true });

    const organiser = await anAccountUser({ role: "coordinator", regionCode: region });
    const otherCoordinator = await anAccount({ role: "coordinator", regionCode: region });
    const groupId = await createGroup(system, {
      regionCode: region,
      type: "coordination",
      name: { fi: unique("Kanta-Hämeen ELO-koordinaatioryhmä ") },
      description: {},
    });
    await addMember(system, groupId, { organizationId: named.id, practitionerId: representativeCard, position: "chair", startsOn: "2020-01-01" });
    for (const org of [withContactCard, withContactAccount, nobody])
      await addMember(system, groupId, { organizationId: org.id, position: "member", startsOn: "2020-01-01" });
    await addMember(system, groupId, {
      organizationId: namedWithoutAddress.id,
      practitionerId: cardWithoutAddress,
      position: "member",
      startsOn: "2020-01-01",
    });

    const id = await createMeeting(organiser, groupId, {
      theme: "Kutsujen kattavuus",
      date: "2031-03-12",
      startTime: "13:00",
      endTime: "15:00",
      place: "Hämeenlinna",
      agendaDeadline: "2031-03-01",
    });
    const members = [representative, contactCard, contactAccount.email, fallbackContact].map((a) => a.toLowerCase()).sort();
    const copies = [organiser.email, otherCoordinator.email].map((a) => a.toLowerCase()).sort();

    // Before sending, the organiser sees who will get it.
    const preview = (await invitationPreview(id, organiser))!;
    expect(preview.members.flatMap((m) => m.recipients.map((r) => r.email.toLowerCase())).sort()).toEqual(members);
    expect(preview.members.find((m) => m.organizationId === named.id)!.recipients).toEqual([
      expect.objectContaining({ email: representative, via: "representative" }),
    ]);
    expect(preview.members.find((m) => m.organizationId === nobody.id)!.recipients).toEqual([]);
    expect(preview.copies).toEqual(copies);

    const outcome = await inviteToMeeting(organiser, id);
    expect(outcome).toMatchObject({ members: 4, copies: 2, unreached: [nobody.name] });
    const sent = await db()
      .select()
      .from(outboxMessage)
      .where(inArray(outboxMessage.recipient, [...members, ...copies]));
    expect(sent.map((m) => m.recipient).sort()).toEqual([...members, ...copies].sort());
    for (const mail of sent) {
      expect(mail.subject).toMatch(/^Kokouskutsu: Kanta-Hämeen ELO-koordinaatioryhmä \S+, 12\.3\.2031 klo 13\.00–15\.00$/);
      expect(mail.body).toContain("tervetuloa kokoukseen");
      expect(mail.attachments[0].contentType).toContain("method=REQUEST");
    }
    // The page says afterwards how many received it and who had nobody to receive it.
    const [row] = await db().select().from(meeting).where(eq(meeting.id, id));
    expect(row).toMatchObject({ invitedMembers: 4, invitedCopies: 2, unreachedMembers: [nobody.name] });
  });
});
