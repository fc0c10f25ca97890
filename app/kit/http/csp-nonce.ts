import { createContext, useContext } from "react";

declare module "react-router" {
  interface AppLoadContext {
    /** This response's Content-Security-Policy nonce, which every inline script must carry (decision 0179). */
    cspNonce?: string;
  }
}

/** The nonce on the server while a page renders; absent in the browser, where scripts are already in place. */
export const CspNonceContext = createContext<string | undefined>(undefined);

export const useCspNonce = () => useContext(CspNonceContext);
