import pg from "pg";
import type { Transaction } from "../kit/db/db.server";
import { sql } from "drizzle-orm";

/**
 * Real-time fan-out across app instances (decision 0204). A command that changes a chat calls
 * `announce` in its transaction; PostgreSQL delivers the NOTIFY on commit to every instance, each
 * of which holds one LISTEN connection and wakes its own open streams of that topic. A notification
 * carries only the topic: a woken stream reads what is new from the database by sequence number,
 * so a notification lost while the connection was down costs nothing: on reconnecting, every stream
 * is woken and reads again.
 */
const channel = "elo_chat";

/** Topics: one chat's messages and state, a region's queue, one person's chats. */
export const topics = {
  chat: (id: string) => `chat:${id}`,
  region: (code: string) => `region:${code}`,
  user: (id: string) => `user:${id}`,
};

type Wake = () => void;

interface Hub {
  url: string;
  client: pg.Client | null;
  connecting: boolean;
  listeners: Map<string, Set<Wake>>;
}

// The server entry and the built app are separate module graphs; keep one connection per process.
const globalForHub = globalThis as unknown as { eloChatHub?: Hub };

function hub(): Hub {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  if (!globalForHub.eloChatHub || globalForHub.eloChatHub.url !== url) {
    globalForHub.eloChatHub = { url, client: null, connecting: false, listeners: new Map() };
  }
  return globalForHub.eloChatHub;
}

function wakeAll(h: Hub) {
  for (const set of h.listeners.values()) for (const wake of set) wake();
}

function connect(h: Hub) {
  if (h.client || h.connecting) return;
  h.connecting = true;
  const client = new pg.Client({ connectionString: h.url });
  const lost = () => {
    if (h.client === client) h.client = null;
    client.removeAllListeners();
    client.end().catch(() => undefined);
    // Try again while anyone listens; the streams poll meanwhile (see `subscribe`).
    if (h.listeners.size > 0) setTimeout(() => connect(h), 1000).unref();
  };
  client.on("notification", (message) => {
    for (const wake of h.listeners.get(message.payload ?? "") ?? []) wake();
  });
  client.on("error", (error) => {
    console.error("Chat LISTEN connection lost:", error.message);
    lost();
  });
  client.on("end", lost);
  client
    .connect()
    .then(() => client.query(`LISTEN ${channel}`))
    .then(() => {
      h.client = client;
      h.connecting = false;
      // Anything said while there was no connection: every stream reads again.
      wakeAll(h);
    })
    .catch((error: Error) => {
      h.connecting = false;
      console.error("Chat LISTEN connection failed:", error.message);
      lost();
    });
}

/** Calls `wake` whenever one of the topics changes, until the returned function is called. */
export function subscribe(topicNames: readonly string[], wake: Wake): () => void {
  const h = hub();
  for (const name of topicNames) {
    let set = h.listeners.get(name);
    if (!set) h.listeners.set(name, (set = new Set()));
    set.add(wake);
  }
  connect(h);
  return () => {
    for (const name of topicNames) {
      const set = h.listeners.get(name);
      set?.delete(wake);
      if (set && set.size === 0) h.listeners.delete(name);
    }
  };
}

/** Whether this instance is listening now (the streams fall back to reading every few seconds when not). */
export const listening = (): boolean => !!hub().client;

/** Tells every instance, when the transaction commits, that these topics changed. */
export async function announce(tx: Transaction, ...topicNames: string[]): Promise<void> {
  for (const name of new Set(topicNames)) await tx.execute(sql`select pg_notify(${channel}, ${name})`);
}
