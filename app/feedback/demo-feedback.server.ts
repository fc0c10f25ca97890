import { sql } from "drizzle-orm";
import type { Transaction } from "../kit/db/db.server";
import { feedback, pageVote } from "./schema.server";

/** Votes per page: [page, language, yes, no]. */
const demoVotes: [string, "fi" | "sv" | "en", number, number][] = [
  ["/", "fi", 14, 3],
  ["/education", "fi", 9, 6],
  ["/education", "sv", 2, 1],
  ["/map", "fi", 5, 4],
  ["/search", "en", 3, 2],
];

/**
 * Invented feedback for the demo inbox: open, overdue and answered messages in three languages, so
 * that the 14-day rule and the filters have something to show. Senders and addresses are invented.
 */
export async function loadDemoFeedback(tx: Transaction): Promise<number> {
  for (const [pagePath, language, yes, no] of demoVotes)
    await tx.insert(pageVote).values([
      ...Array.from({ length: yes }, () => ({ pagePath, language, helpful: true })),
      ...Array.from({ length: no }, () => ({ pagePath, language, helpful: false })),
    ]);
  const daysAgo = (days: number) => sql`now() - make_interval(days => ${days})`;
  const items = [
    { kind: "accessibility", language: "fi", pagePath: "/map", message: "Karttaa ei voi käyttää näppäimistöllä: en pääse toimipisteiden tietoihin ilman hiirtä.", email: "maija.esimerkki@example.fi", receivedAt: daysAgo(20) },
    { kind: "accessibility", language: "sv", pagePath: "/education", message: "Filtren i utbildningssökningen läses inte upp av min skärmläsare.", email: null, receivedAt: daysAgo(3) },
    { kind: "general", language: "fi", pagePath: "/education", message: "Olisi hyvä nähdä, mitkä koulutukset sopivat työttömälle työnhakijalle.", email: null, receivedAt: daysAgo(6) },
    { kind: "general", language: "en", pagePath: "/", message: "Is there guidance in English in Rovaniemi?", email: "alex.example@example.com", receivedAt: daysAgo(2) },
  ];
  for (const item of items) await tx.insert(feedback).values(item);
  await tx.insert(feedback).values({
    kind: "general",
    language: "fi",
    pagePath: "/search",
    message: "Haku löysi heti oikean ohjaajan. Kiitos!",
    receivedAt: daysAgo(10),
    answeredAt: daysAgo(9),
    answeredBy: "Lapin koordinaattori (demo)",
    reply: "Kiitos palautteesta!",
  });
  return items.length + 1;
}
