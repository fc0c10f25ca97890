import { useEffect, useRef } from "react";
import { useRevalidator } from "react-router";
import type { ShownLine } from "../present";

/**
 * Listens to the work pages' event stream (decision 0204): new lines go to `onLine`, "changed" reloads
 * the page's data. EventSource reconnects by itself with the last line number it saw.
 */
export function useChatEvents(url: string, onLine?: (line: ShownLine) => void) {
  const revalidator = useRevalidator();
  const revalidate = useRef(revalidator.revalidate);
  revalidate.current = revalidator.revalidate;
  const lineHandler = useRef(onLine);
  lineHandler.current = onLine;
  useEffect(() => {
    const source = new EventSource(url);
    source.addEventListener("line", (event) => lineHandler.current?.(JSON.parse((event as MessageEvent<string>).data) as ShownLine));
    source.addEventListener("changed", () => void revalidate.current());
    return () => source.close();
  }, [url]);
}
