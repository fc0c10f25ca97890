import { isSecretTokenShaped } from "../kit/secret-token.server";
import { resumeMinutes } from "./inputs";

/**
 * The citizen's chat lives in an httpOnly cookie holding the resume token for ten minutes after the
 * last page load, message or keep-alive, so a closed tab reopened in time resumes the same chat.
 */
const cookieName = "elo_chat";

export function readResumeToken(request: Request): string | null {
  const header = request.headers.get("Cookie") ?? "";
  for (const part of header.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === cookieName) {
      const token = value.join("=");
      return isSecretTokenShaped(token) ? token : null;
    }
  }
  return null;
}

const secureOf = (request: Request) => (new URL(request.url).protocol === "https:" ? "; Secure" : "");

export const resumeCookie = (request: Request, token: string) =>
  `${cookieName}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${resumeMinutes * 60}${secureOf(request)}`;

export const clearResumeCookie = (request: Request) => `${cookieName}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secureOf(request)}`;
