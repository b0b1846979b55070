import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";
import { lastAnswerText } from "../../support/questions.js";

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// "which one pays more" after a role's pay in one place, then another: the two places for that role, side
// by side, never a question back asking which other role to set beside it.
describe("'which one pays more' after one role's pay in two places in turn", () => {
  it("sets the role's pay in the two places side by side, the earlier place first", () => {
    const text = lastAnswerText("mle pay in seattle", "and in austin?", "which one pays more");
    expect(text).not.toContain("with which role?");
    expect(text).toContain(
      "On these figures Machine Learning Engineer pays $23,517 (14%) less in Texas (Austin, Dallas) than in Seattle, WA.",
    );
  });

  it("reads 'which is higher' after pay in two places as the same comparison", () => {
    const text = lastAnswerText("mle salary in nyc", "what about sf", "which is higher");
    expect(text).toContain("less in San Francisco, CA than in New York City, NY");
  });

  it.skipIf(!officialLayerInstalled)("says where neither place has figures for the role", () => {
    const text = saidWithLayer("swe pay in seattle", "and in austin?", "which one pays more");
    expect(text).not.toContain("with which role?");
    expect(text).toContain(
      "The knowledge base has no Software Engineer pay figures for Seattle, WA or Texas (Austin, Dallas), so the two places cannot be set side by side",
    );
  });
});
