import { describe, expect, it } from "vitest";
import type { Role } from "../../src/knowledge/core/schema.js";
import { socOf } from "../../src/official/data.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText } from "../support/questions.js";

// "how much do IT network guys make": the people who look after the network are the network
// administrator, as "the IT guy" is IT support; never a ranking of every role.
const kb = realKnowledge();
const role = kb.roleById.get("network-administrator") as Role;
const median = kb.official?.bySoc.get(socOf(role.onet[0] ?? ""))?.pay?.median;

describe("the network's people", () => {
  it("are the network administrator", () => {
    for (const q of [
      "how much do IT network guys make",
      "what do network people earn",
      "network folks salary",
    ]) {
      const text = answerText(q);
      expect(text, q).toContain("Network Administrator pay");
      expect(text, q).toContain(`$${Number(median).toLocaleString("en-US")}`);
      expect(text, q).not.toContain("Best paid roles");
    }
  });
});
