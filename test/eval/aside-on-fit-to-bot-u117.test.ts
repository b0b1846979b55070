import { describe, expect, it } from "vitest";
import { withoutPleasantries } from "../../src/understanding/text/pleasantries.js";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// u117: "This might be a weird one for a tech bot, sorry. My husband is an electrician… is the trade growing?"
// ranked tech's fastest growing roles: "tech" of the bot read as the field asked about, beside a job someone
// holds. An aside on how the question fits the bot says how it is asked, not what.
describe("an aside on how the question fits the bot", () => {
  it.each([
    ["This might be a weird one for a tech bot, sorry. what do plumbers make", "what do plumbers make"],
    ["probably a weird question for a tech bot, but what do welders make", "what do welders make"],
    ["this is an odd one for a career bot. is nursing growing?", "is nursing growing?"],
    ["This isn't really a tech question, sorry. what do electricians make", "what do electricians make"],
  ])("%s is read without it", (said, bare) => {
    expect(withoutPleasantries(said)?.question).toBe(bare);
  });

  it("leaves a question about bots or tech jobs as it is", () => {
    expect(withoutPleasantries("which tech jobs are growing fastest")).toBeUndefined();
    expect(withoutPleasantries("is building a chatbot for a tech company a good job")).toBeUndefined();
  });
});

describe.skipIf(!officialLayerInstalled)("a trade asked after an aside on the tech bot", () => {
  it.each([
    [
      "This might be a weird one for a tech bot, sorry. My husband is an electrician, a journeyman for years now. What does an electrician make on average in the US, and is the trade growing?",
      "Electricians (SOC 47-2111): official US figures",
    ],
    [
      "probably a weird question for a tech bot, but my wife is a plumber. what do plumbers make and is the trade growing",
      "Plumbers, Pipefitters, and Steamfitters (SOC 47-2152): official US figures",
    ],
    [
      "This isn't really a tech question, sorry. my sister is a nurse, is nursing growing?",
      "Registered Nurses (SOC 29-1141): official US figures",
    ],
  ])("%s gives the trade's official figures", (q, heading) => {
    const text = saidWithLayer(q);
    expect(text).toContain(heading);
    expect(text).not.toContain("Fastest growing");
  });

  it("still ranks tech's jobs for someone who holds a trade when they are asked for", () => {
    expect(saidWithLayer("my husband is an electrician, which tech jobs pay best for him?")).toContain(
      "Best paid roles",
    );
  });
});
