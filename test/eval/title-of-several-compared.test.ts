import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// Past bug: "IT auditor vs security analyst" asked which of IT auditor's occupations was meant, with no
// word that one of them is the very role it was set against and no way to make the comparison asked.
// Now that is said, and each other occupation's role is offered set against the role named. The titles
// need the whole official layer, imported as `eval:probe` does (see test/support/official-layer.ts).

describe.skipIf(!officialLayerInstalled)("a title of several occupations set against a role", () => {
  it.each(["IT auditor vs security analyst", "it auditor or security analyst which pays more"])(
    "%s",
    (asked) => {
      const text = saidWithLayer(asked);
      expect(text).toContain("which I cover as Information Security Analyst, the role you set it against");
      expect(text).toContain("compare systems analyst security analyst");
    },
  );

  it("offers each of its occupations against another role", () => {
    const text = saidWithLayer("compare IT auditor and data analyst");
    expect(text).toContain("compare systems analyst data analyst");
    expect(text).toContain("compare security analyst data analyst");
    expect(text).not.toContain("the role you set it against");
  });
});
