import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown.server";

describe("renderMarkdown", () => {
  it("renders headings, lists and links", () => {
    const html = renderMarkdown("# Opiskelu\n\n- [Opintopolku](https://opintopolku.fi)\n- *aikuiskoulutus*");
    expect(html).toContain("<h2>Opiskelu</h2>");
    expect(html).toContain('<a href="https://opintopolku.fi">Opintopolku</a>');
    expect(html).toContain("<em>aikuiskoulutus</em>");
  });

  it("removes scripts, event handlers and javascript links", () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror="alert(2)">[x](javascript:alert(3)) <a href="#" onclick="alert(4)">y</a>');
    expect(html).not.toMatch(/<script|onerror|onclick|href="javascript:|<img/i);
    expect(html).toContain("y");
  });
});
