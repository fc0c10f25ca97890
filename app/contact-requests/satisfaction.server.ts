import { signedSecretToken } from "../kit/secret-token.server";

/** The satisfaction question of an answered request: derived from its id, so the follow-up page can offer it without storing the link. */
export const satisfactionTokenOf = (requestId: string) => signedSecretToken("satisfaction:contact-request", requestId);

export const satisfactionPathOf = (requestId: string, lang: string) => `/${lang}/satisfaction/${satisfactionTokenOf(requestId)}`;
