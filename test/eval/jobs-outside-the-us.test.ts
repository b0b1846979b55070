import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// A title no list knows, named with a place outside the US ("a feldsher back in ukraine"), is most likely
// that country's own job: the answer says it knows no US occupation by that name and holds no figures for
// the place, rather than "I don't cover feldshers yet" as if a team could add one.
describe.skipIf(!officialLayerInstalled)("a job of another country", () => {
  // The whole layer takes a while to load on a busy host: loaded once, before the first question.
  beforeAll(() => void knowledgeWithLayer(), 60_000);

  it("says it is no US occupation it knows, and that the place has no figures", () => {
    const text = saidWithLayer(
      "my cousin is a feldsher back in ukraine and wants to come here, what would that job be called in the us and what does it pay",
    );
    expect(text).toContain("I know no US occupation called “feldsher”, and Ukraine is outside the US");
    expect(text).not.toContain("A team can add a role");
  });

  it("does so in a thread about another occupation, the title said with no article", () => {
    const text = saidWithLayer(
      "what does a pharmacy tech make in michigan, my wife been doing it 7 yrs",
      "also my sister was feldsher in ukraine. is there same job here and how much it pays",
    );
    expect(text).toContain("I know no US occupation called “feldsher”");
    expect(text).not.toContain("Pharmacy Technicians");
  });

  it("still gives a known occupation's US figures, said to be the US's", () => {
    const text = saidWithLayer("what does a bookkeeper make in india");
    expect(text).toContain("Bookkeeping, Accounting, and Auditing Clerks (SOC 43-3031)");
    expect(text).toContain("No figures for India");
  });
});
