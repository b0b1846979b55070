import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// Past bug: "im a nurse, should i go for data analyst or it support" sets the two roles beside the
// nurses' figures; "the analyst one" then picked none (an alias of IT Support Specialist is "help desk
// analyst"), and "the first one" gave the nurses' own figures. A reply that picks one of the options is the
// move from the occupation held to it, as the options from a role held offer the move to each. The
// occupation's figures need the whole official layer: imported once from the agencies' files beside the
// repository, as `eval:probe` does (test/support/official-layer.ts), and skipped only where neither is there.

const options = "im a nurse, should i go for data analyst or it support";

describe.skipIf(!officialLayerInstalled)(
  "a reply that picks one of the options weighed from an occupation held",
  () => {
    it.each(["the analyst one", "the first one", "data analyst", "ok analyst"])(
      "%s: the move to it",
      (reply) => {
        const text = saidWithLayer(options, reply);
        expect(text).toContain("From Registered Nurses to Data Analyst");
        expect(text).toContain("$97,550");
      },
    );

    it("the support one: the move to IT support", () => {
      expect(saidWithLayer(options, "the support one")).toContain(
        "From Registered Nurses to IT Support Specialist",
      );
    });

    it("a pick with a question of its own is asked of the role picked, not of the nurses", () => {
      const text = saidWithLayer(options, "what skills for the first one");
      expect(text).toContain("Skills for a Data Analyst");
      expect(text).not.toContain("Registered Nurses");
    });

    it("after the move, its pay is set against the occupation's, not the other option's", () => {
      expect(saidWithLayer(options, "the analyst one", "does it pay more")).toContain(
        "Pay: Registered Nurses vs Data Analyst",
      );
    });

    it("occupations compared with roles, none held: a pick is the role picked, no move", () => {
      // The sides count in the order named: the nurses first, Data Analyst second.
      const text = saidWithLayer("nurses vs data analysts vs it support", "the second one");
      expect(text).toContain("What a Data Analyst does");
      expect(text).not.toContain("From Registered Nurses");
    });
  },
);
