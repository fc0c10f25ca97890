import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";
import { isWorkPath, loadMessages } from "./kit/i18n/client-catalogue";

// The page's own language of the message catalogue first, with the work pages' part on those
// pages (decision 0150), then hydration.
void loadMessages(document.documentElement.lang, { work: isWorkPath(location.pathname) }).then(() => {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <HydratedRouter />
      </StrictMode>,
    );
  });
});
