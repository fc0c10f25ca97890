/**
 * Pages search engines must not index (decision 0179): a practitioner's page and card are about one
 * person, an invitation is addressed to one, and the work pages are for the signed-in. The server
 * sends `X-Robots-Tag: noindex` for them and the page says `<meta name="robots" content="noindex">`;
 * none of them is in the sitemaps.
 */
export function isUnindexedPath(path: string): boolean {
  return /^\/(?:fi|sv|en)\/(?:practitioners|invitations|work|satisfaction)(?:\/|$)/.test(path);
}
