import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/understanding/command-grammar.js";
import { realKnowledge } from "../support/knowledge.js";
import { lastAnswerText } from "../support/questions.js";

// In Slack a person may mention the bot inside a thread it is already in, or type a mention in a DM: the
// mention opens the message, and the readings that look at how a message starts (Slack's "*" fix, a quote of
// the bot's words, "what about …" after an occupation held, a command's word) read past it. eval:noise: "the
// bot mentioned first" lost each of these.
describe("a mention that opens a message changes nothing", () => {
  it("keeps the move from an occupation held", () => {
    // The occupation is named as O*NET does where the official layer is imported, as typed where not.
    for (const [held, next, move] of [
      ["im a teacher", "<@U0BOT> what about sysadmin?", "System Administrator"],
      ["im a nurse", "<@U0BOT> how about data analyst", "Data Analyst"],
      ["im an accountant", "<@U0BOT> what about cloud architect?", "Cloud Architect"],
    ] as const)
      expect(lastAnswerText(held, next), next).toMatch(new RegExp(`^From .+ to ${move}\\n`));
  });

  it("reads Slack's '*' fix and a quote of the bot's words as they are read without it", () => {
    expect(lastAnswerText("how much does a backend developer make", "<@U0BOT> *frontend")).toContain(
      "Front-End Developer pay",
    );
    expect(lastAnswerText("data scientist salary", "<@U0BOT> *data engineer")).toContain(
      "Software Data Engineer pay",
    );
    expect(
      lastAnswerText("data scientist salary", "<@U0BOT> > Median annual wage — is that before tax?"),
    ).toContain("They are gross figures, before tax.");
  });

  it("asks the thread's question again of a role named alone", () => {
    expect(lastAnswerText("frontend salary", "<@U0BOT> backend?")).toContain("Back-End Developer pay");
    expect(lastAnswerText("data scientist salary", "<@U0BOT> data analyst?")).toContain("Data Analyst pay");
  });

  it("reads a command's word after the mention, however the mention is written", () => {
    const kb = realKnowledge();
    expect(parseCommand(kb, "<@U0BOT> compare mle swe").kind).toBe("compare");
    expect(parseCommand(kb, "<@U0BOT|career advisor>, salary data scientist").kind).toBe("salary");
    expect(parseCommand(kb, "<!here> <@U0BOT> trends").kind).toBe("trends");
    // A mention inside the words is dropped as well: "ask <@U123> about it" reads "ask about it".
    expect(parseCommand(kb, "*frontend <@U0BOT>")).toEqual({ kind: "ask", question: "*frontend" });
  });
});
