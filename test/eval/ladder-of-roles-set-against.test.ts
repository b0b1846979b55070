import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// Past bug (r75): "secuirty analyst vs sec eng vs it support, whats the ladder" gave the first role's path
// alone, and "which one would i land first" then weighed the roles that path listed as related (Security
// Engineer first). The roles are ordered by what each asks to enter, and the first to land is IT support.
describe("the ladder of roles set against each other", () => {
  it.skipIf(!officialLayerInstalled)("orders the roles by what each asks to enter", () => {
    const text = saidWithLayer(
      "secuirty analyst vs sec eng vs it support, whats the ladder look like? i do loss prevention now so cameras + alarms is my world",
    );
    expect(text).toContain("the usual way up is IT Support Specialist → Information Security Analyst");
    expect(text).toContain("Security Engineer is counted among Computer Occupations, All Other");
    expect(text).not.toContain("Career path for an Information Security Analyst");
  });

  it.skipIf(!officialLayerInstalled)("lands first the role that asks least, with its pay", () => {
    const text = saidWithLayer(
      "secuirty analyst vs sec eng vs it support, whats the ladder look like?",
      "which one would i actually land first and what does it pay",
    );
    expect(text).toContain("Of the roles listed, IT Support Specialist needs the least education");
    expect(text).toContain("$61,860");
    expect(text).not.toContain("Network Administrator");
  });

  it.skipIf(!officialLayerInstalled)("keeps the asked role's path where 'or' only joins clauses", () => {
    const text = saidWithLayer(
      "retiring from the army, did networking 20 yrs no degree. network admin or network architect, which pays more?",
      "realistic to go straight to architect w/ my background or do ppl usually do admin first",
    );
    expect(text).toContain("Career path for a Network Architect");
  });
});
