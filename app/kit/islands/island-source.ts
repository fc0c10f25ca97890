import sources from "virtual:elo-islands";

/** The address of an island's module: its hashed file in a build, its source file in development. */
export function islandSource(name: string): string | undefined {
  return sources[name];
}
