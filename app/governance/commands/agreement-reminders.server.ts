import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { roleAssignment } from "~/accounts/public.server";
import { recordChange, systemActor } from "~/audit/public.server";
import { db } from "../../kit/db/db.server";
import { formatDate } from "../../kit/format";
import { inEachLanguage, type LocalizedText } from "../../kit/i18n/localized";
import { networkMembership, organization } from "~/network-map/public.server";
import { notify } from "~/notifications/public.server";
import { region, regionGenitive } from "~/reference/public.server";
import { daysBetween, todayInFinland } from "../../kit/dates/calendar";
import { agreementAcceptance, agreementReminder, agreementVersion } from "../schema.server";
import type { Transaction } from "./shared.server";
import { acceptanceCause, acceptanceSummaryCause, expiryCause } from "./agreement.server";

/** Days before the end when the coordinators and contact persons are reminded. */
export const expiryThresholds = [60, 14] as const;
/** Days after publishing when organisations that have not accepted are reminded. */
export const acceptanceReminderDays = 30;

export type ReminderThreshold = `expires${(typeof expiryThresholds)[number]}` | "unaccepted30";

/** Claims a reminder for a version; false when it was sent before (by this run or any earlier one). */
async function claim(tx: Transaction, versionId: string, threshold: ReminderThreshold): Promise<boolean> {
  const rows = await tx.insert(agreementReminder).values({ versionId, threshold }).onConflictDoNothing().returning({ versionId: agreementReminder.versionId });
  return rows.length > 0;
}

async function usersWithRole(tx: Transaction, regionCode: string) {
  const coordinators = await tx
    .selectDistinct({ userId: roleAssignment.userId })
    .from(roleAssignment)
    .where(and(eq(roleAssignment.role, "coordinator"), eq(roleAssignment.regionCode, regionCode)));
  const contacts = await tx
    .selectDistinct({ userId: roleAssignment.userId, organizationId: roleAssignment.organizationId })
    .from(roleAssignment)
    .innerJoin(networkMembership, eq(networkMembership.organizationId, roleAssignment.organizationId))
    .where(and(eq(roleAssignment.role, "contact_person"), eq(networkMembership.regionCode, regionCode)));
  return { coordinators: coordinators.map((c) => c.userId), contacts };
}

/**
 * Sends the partnership agreement's reminders that are due on `now`, each exactly once per version:
 * - 60 and 14 days before the current version ends, to the region's coordinators and the contact
 *   persons of its member organisations (a first run inside 14 days sends only the 14-day one);
 * - 30 days after publishing, to the contact persons of each organisation that has not accepted it,
 *   and a summary to the coordinators.
 * What was sent is recorded in agreement_reminder (and the audit trail), so a second run sends nothing.
 * Safe to run any number of times a day; the job runner runs it daily (see ../tasks.server.ts).
 * `regionCodes` limits the run (tests use it).
 */
export async function sendAgreementReminders(
  now: Date,
  options: { regionCodes?: string[] } = {},
): Promise<{ versionId: string; threshold: ReminderThreshold; recipients: number }[]> {
  const today = todayInFinland(now);
  const latest = await db()
    .selectDistinctOn([agreementVersion.regionCode], {
      id: agreementVersion.id,
      regionCode: agreementVersion.regionCode,
      version: agreementVersion.version,
      expiresOn: agreementVersion.expiresOn,
      publishedAt: agreementVersion.publishedAt,
      nameFi: region.nameFi,
      nameSv: region.nameSv,
    })
    .from(agreementVersion)
    .innerJoin(region, eq(region.code, agreementVersion.regionCode))
    .where(options.regionCodes ? inArray(agreementVersion.regionCode, options.regionCodes) : undefined)
    .orderBy(agreementVersion.regionCode, desc(agreementVersion.version));

  const sent: { versionId: string; threshold: ReminderThreshold; recipients: number }[] = [];
  for (const v of latest) {
    // The messages need the genitive ("Kainuun alueen kumppanuussopimus"), not the bare name.
    const regionName: LocalizedText = regionGenitive(v.regionCode, { fi: v.nameFi, sv: v.nameSv });
    await db().transaction(async (tx) => {
      const record = async (threshold: ReminderThreshold, recipients: number) => {
        sent.push({ versionId: v.id, threshold, recipients });
        await recordChange(tx, {
          actor: systemActor("Elo reminders"),
          entityType: "agreement_reminder",
          entityId: v.id,
          action: "remind",
          before: null,
          after: { threshold, version: v.version, regionCode: v.regionCode, recipients },
        });
      };
      const people = await usersWithRole(tx, v.regionCode);

      if (v.expiresOn && v.expiresOn >= today) {
        const expiresOn = v.expiresOn;
        const left = daysBetween(today, expiresOn);
        const due = expiryThresholds.filter((d) => left <= d);
        if (due.length) {
          // The most urgent due reminder is sent; the ones it makes pointless are recorded as done.
          const urgent = Math.min(...due);
          const claimed = new Map<number, boolean>();
          for (const d of due) claimed.set(d, await claim(tx, v.id, `expires${d}`));
          if (claimed.get(urgent)) {
            const recipients = [...people.coordinators, ...people.contacts.map((c) => c.userId)];
            await notify(tx, recipients, {
              kind: "agreement.expires",
              messageKey: "notifications.message.agreementExpires",
              values: { region: regionName, version: v.version, date: inEachLanguage((lang) => formatDate(expiresOn, lang)) },
              link: "/work/agreement",
              cause: expiryCause(v.regionCode),
            });
            await record(`expires${urgent}` as ReminderThreshold, new Set(recipients).size);
          }
        }
      }

      if (daysBetween(todayInFinland(v.publishedAt), today) >= acceptanceReminderDays) {
        const missing = await tx
          .select({ id: organization.id, name: organization.name })
          .from(networkMembership)
          .innerJoin(organization, eq(organization.id, networkMembership.organizationId))
          .leftJoin(agreementAcceptance, and(eq(agreementAcceptance.organizationId, organization.id), eq(agreementAcceptance.versionId, v.id)))
          .where(and(eq(networkMembership.regionCode, v.regionCode), isNull(agreementAcceptance.versionId)))
          .orderBy(sql`${organization.name}->>'fi' collate "fi-FI-x-icu"`);
        if (missing.length && (await claim(tx, v.id, "unaccepted30"))) {
          let recipients = 0;
          for (const org of missing) {
            const contacts = people.contacts.filter((c) => c.organizationId === org.id).map((c) => c.userId);
            const { mailIds } = await notify(tx, contacts, {
              kind: "agreement.unaccepted",
              messageKey: "notifications.message.agreementUnaccepted",
              values: { organization: org.name, region: regionName, version: v.version },
              link: "/work/agreement",
              cause: acceptanceCause(v.regionCode),
            });
            recipients += mailIds.length;
          }
          const { mailIds } = await notify(tx, people.coordinators, {
            kind: "agreement.unaccepted",
            messageKey: "notifications.message.agreementUnacceptedSummary",
            values: { region: regionName, version: v.version, count: missing.length },
            link: `/work/agreement?region=${v.regionCode}`,
            cause: acceptanceSummaryCause(v.regionCode),
          });
          await record("unaccepted30", recipients + mailIds.length);
        }
      }
    });
  }
  return sent;
}
