import type { Database } from "../foundation/db.server";
export async function loadDemoData(_db: Database): Promise<void> {}
