import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { lastAnswerText } from "../support/questions.js";

// me26: a pick asked how to get ("how do i get the top one") read as help with the bot; the next step a path
// names ("if i get there") not weighed; a part of IT ("which part of it is growing") read as ML trends; the job
// held ("is my current job shrinking") answered with the move's end alone.
describe("a pick of a ranking's row asked how to get", () => {
  it.each([
    ["how do i get the top one", "Getting started as an Information Security Analyst:"],
    ["how would i land the top one", "Getting started as an Information Security Analyst:"],
    ["how do i get that first one", "Getting started as an Information Security Analyst:"],
    ["how do i get this last one", "Getting started as an IT Support Specialist:"],
  ])("%s: the way into the row picked", (asked, said) => {
    const text = lastAnswerText("which IT jobs pay the most", asked);
    expect(text).toContain(said);
    expect(text).not.toContain("Type any of these after /career");
  });

  it("leaves help with the bot as help", () => {
    expect(lastAnswerText("which IT jobs pay the most", "how do i get the trend digest")).toContain(
      "Type any of these after /career",
    );
  });
});

describe("the next step a path names, weighed", () => {
  it.each(["how big is the raise if i get there", "does it pay better"])("%s", (asked) => {
    expect(lastAnswerText("network admin path", asked)).toContain(
      "Pay: Network Administrator vs Network Architect",
    );
  });

  it("keeps 'it' the role itself when its own pay is asked", () => {
    const text = lastAnswerText("network admin path", "what does it pay");
    expect(text).toContain("Network Administrator pay:");
    expect(text).not.toContain("Network Architect");
  });
});

describe("a part of IT asked of after the field's roles were set out", () => {
  it("after what IT is: which part is growing ranks its roles by growth", () => {
    expect(lastAnswerText("what's it like working in IT", "which part of it is growing")).toContain(
      "Fastest growing IT roles",
    );
  });

  it("after a ranking by pay: what part of it pays best", () => {
    expect(lastAnswerText("best paid IT roles", "what part of it pays best")).toContain("Best paid IT roles");
  });
});

describe.skipIf(!officialLayerInstalled)("the job held, asked of after a move from it", () => {
  it.each([
    [
      "im an accountant thinking about moving into data analytics",
      "is my job dying",
      "Accountants and Auditors",
    ],
    [
      "mech engineer here, how hard is it to become a data scientist",
      "and is my current job shrinking",
      "Mechanical Engineers",
    ],
    ["nurse wanting to switch to it support", "what about my field, is it growing", "Registered Nurses"],
  ])("%s / %s: its outlook beside the move's end", (move, asked, occupation) => {
    expect(saidWithLayer(move, asked)).toContain(`Outlook for ${occupation}:`);
  });
});
