/**
 * What other features and the shell may use of documents: they import it from here, never from
 * documents' internal modules (the layering test enforces it).
 */
export { maxDocumentBytes } from "./files";
