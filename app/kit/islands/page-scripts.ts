/**
 * What a page loads (decision 0187). Public pages are plain HTML: no React Router scripts, no module
 * preloads. A route that needs the full client app says `handle = { hydrate: true }` (the work
 * pages' layout does); a route that needs one small enhancement names its islands,
 * `handle = { islands: ["near-me"] }`, and gets one module script per island and nothing else.
 */
export interface ScriptHandle {
  hydrate?: boolean;
  islands?: readonly string[];
}

const handleOf = (handle: unknown): ScriptHandle => (handle && typeof handle === "object" ? handle : {});

/** Whether any matched route asks for the full client app. */
export function hydrates(handles: readonly unknown[]): boolean {
  return handles.some((handle) => handleOf(handle).hydrate === true);
}

/** The islands the matched routes name, each once, in the order they are named. */
export function islandsOf(handles: readonly unknown[]): string[] {
  return [...new Set(handles.flatMap((handle) => handleOf(handle).islands ?? []))];
}
