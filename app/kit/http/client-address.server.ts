/**
 * The one source of the client's address (decision 0177): server/serve.ts overwrites this header on
 * every request with Express's `req.ip`, which counts `TRUST_PROXY_HOPS` proxies from the right of
 * X-Forwarded-For, so whatever a client sends under this name never reaches the app.
 */
export const clientAddressHeader = "x-elo-client-ip";

export function clientAddress(request: Request): string {
  return request.headers.get(clientAddressHeader) || "unknown";
}
