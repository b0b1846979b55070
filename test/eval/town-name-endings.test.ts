import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText } from "../support/questions.js";

// "data analyst pay around cedar rapids": a town no list holds, whose words are each ordinary English (or a
// word of some O*NET title, "rapids"), ends in a word many towns end in. Before, it went unread and the
// national figures came with no word of the town, as if they were its own.
describe("a town whose name ends as many towns' do", () => {
  it("says there are no figures for the town before the role's general pay", () => {
    for (const [q, town, role] of [
      ["whats data analyst pay around cedar rapids", "Cedar Rapids", "Data Analyst"],
      ["swe salary in Grand Rapids", "Grand Rapids", "Software Engineer"],
      ["data analyst pay in palm springs", "Palm Springs", "Data Analyst"],
    ] as const) {
      const text = answerText(q);
      expect(text, q).toContain(`No figures for ${town}`);
      expect(text, q).toContain(`${role} pay`);
    }
  });

  it("reads no place in a kind of place or an ordinary phrase", () => {
    for (const q of ["data analyst pay in the city", "data analyst pay in a big city", "swe pay in my city"])
      expect(answerText(q), q).not.toContain("No figures for");
  });
});

describe.skipIf(!officialLayerInstalled)("a town with such an ending, asked of an occupation", () => {
  it("says the official figures are national, not the town's", () => {
    const text = saidWithLayer("how much do nurses make in twin falls");
    expect(text).toContain("No figures for Twin Falls");
    expect(text).toContain("Registered Nurses (SOC 29-1141)");
  });
});
