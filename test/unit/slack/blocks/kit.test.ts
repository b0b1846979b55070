import { describe, expect, it } from "vitest";
import {
  clip,
  esc,
  fitBlocks,
  link,
  sections,
  splitText,
  unescapeSlack,
} from "../../../../src/slack/blocks/kit.js";
import { buttonLabel } from "../../../../src/slack/blocks/next-steps.js";

describe("Block Kit helpers", () => {
  it("clips by characters as Slack counts them, marking the cut", () => {
    expect(clip("abc", 3)).toBe("abc");
    expect(clip("abcd", 3)).toBe("ab…");
    expect(clip("🚀🚀🚀", 3)).toBe("🚀🚀🚀");
    expect(clip("🚀🚀🚀🚀", 3)).toBe("🚀🚀…");
    expect([...clip("x".repeat(10_000), 75)]).toHaveLength(75);
  });

  it("escapes Slack markup and undoes Slack's escaping exactly", () => {
    expect(esc("<!channel> & <@U1>")).toBe("&lt;!channel&gt; &amp; &lt;@U1&gt;");
    expect(unescapeSlack(esc("a < b && c > d"))).toBe("a < b && c > d");
  });

  it("splits long text at line breaks into pieces of at most 3,000 characters, dropping blank ones", () => {
    const pieces = splitText(`${"a".repeat(2000)}\n${"b".repeat(2000)}\n${"c".repeat(7000)}`);
    expect(pieces.every((p) => p.length <= 3000)).toBe(true);
    expect(pieces.join("").replace(/\n/g, "")).toHaveLength(11_000);
    expect(sections("   \n  ")).toEqual([]);
  });

  it("keeps a message within the block limit and says how many sections were left out", () => {
    const blocks = sections(Array.from({ length: 80 }, (_, i) => `${i}`.padEnd(2999, ".")).join("\n"));
    const fitted = fitBlocks(blocks, 50);
    expect(fitted).toHaveLength(50);
    expect(JSON.stringify(fitted.at(-1))).toContain("and 31 more sections");
  });
});

describe("next-step buttons", () => {
  it("say the action in words, then what it applies to", () => {
    expect(buttonLabel("salary mle")).toBe("Pay · mle");
    expect(buttonLabel("skills data science engineer")).toBe("Skills checklist · data science engineer");
    expect(buttonLabel("trends")).toBe("Trends");
    expect(buttonLabel("what pays best?")).toBe("what pays best?");
    expect(buttonLabel("__proto__ x")).toBe("__proto__ x");
  });
});

describe("a link in Slack's markup", () => {
  it("links only to web addresses; anything else is plain text, never a channel link or a ping", () => {
    expect(link("https://www.bls.gov/ooh/", "BLS")).toBe("<https://www.bls.gov/ooh/|BLS>");
    for (const url of ["#", "#C123", "@U123", "!here", "javascript:alert(1)", "https://x|y"])
      expect(link(url, "label <b>")).toBe("label &lt;b&gt;");
  });
});
