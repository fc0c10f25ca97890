import { suomifiDesignTokens } from "suomifi-design-tokens";

const kebab = (s: string) => s.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);

/** The Suomi.fi colour and spacing tokens as CSS custom properties, e.g. `--fi-color-brand-base`. */
export const designTokenCss = `:root{${Object.entries(suomifiDesignTokens.colors)
  .map(([name, value]) => `--fi-color-${kebab(name)}:${value}`)
  .join(";")};${Object.entries(suomifiDesignTokens.spacing)
  .map(([name, value]) => `--fi-spacing-${kebab(name)}:${value}`)
  .join(";")}}`;
