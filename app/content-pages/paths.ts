/** The public path of a content page after the language: the accessibility statement has its own address. */
export const contentPagePath = (slug: string) => (slug === "accessibility" ? "/accessibility" : `/pages/${slug}`);
