import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/understanding/command-grammar.js";
import { withoutPleasantries } from "../../src/understanding/text/pleasantries.js";
import { mentionsDropped } from "../../src/understanding/text/slack-text.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText, lastAnswerText } from "../support/questions.js";

// A Slack mention (`<@U…>`, `<@U…|name>`, `<!here>`, `<!channel>`) is dropped by one step, before any other
// reads the message: the hello, thanks and small talk around a question are read on the words a person
// sees, however many mentions or broadcasts come before them, and the pleasantries know nothing of Slack.
describe("a mention dropped before the message is read", () => {
  it("leaves the hello, thanks or small talk after it to be read as without it", () => {
    const said: [string, string][] = [
      [
        "<!here> hello all, which skills does a cloud architect need",
        "which skills does a cloud architect need",
      ],
      ["<!channel> <@U42|career>: what does a dba earn? ty", "what does a dba earn"],
      ["<@U42>, good evening! data analyst outlook", "data analyst outlook"],
    ];
    for (const [mentioned, bare] of said) expect(answerText(mentioned), mentioned).toBe(answerText(bare));
    expect(lastAnswerText("what does a qa engineer do", "<@U42|career>: cool, that's useful")).toContain(
      "Glad that helps!",
    );
    expect(answerText("<!here> how r u")).toContain("Hi! I'm Career Advisor");
  });

  it("reads a command the same with a broadcast and a mention before it", () => {
    const kb = realKnowledge();
    expect(parseCommand(kb, "<!channel> <@U42>: hi, skills devops engineer").kind).toBe("skills");
    expect(parseCommand(kb, "<@U42|career> path dba thanks").kind).toBe("path");
  });

  it("is the one step that drops them: the pleasantries read only the words left", () => {
    expect(mentionsDropped("<!here> <@U42|career>, thx! and for a dba?")).toBe("thx! and for a dba?");
    expect(withoutPleasantries("thx! and for a dba?")).toEqual({
      question: "and for a dba?",
      said: "thanks",
    });
  });
});

// Each list of the pleasantries (the thanks, what may follow them, the please, the modest words of a hedge)
// is written once and read by every pattern that needs it, so an opening thanks knows the thanks a closing
// one knows.
describe("the pleasantries' word lists", () => {
  it.each([
    ["tysm! and for a product manager?", "and for a product manager?", "thanks"],
    ["thanks a bunch, what about an ml engineer", "what about an ml engineer", "thanks"],
    ["thank you very much. qa engineer pay", "qa engineer pay", "thanks"],
    ["naive question: how do i become a sre", "how do i become a sre", "hedge"],
    ["could be a newbie question but what is mlops", "what is mlops", "hedge"],
  ])("%s is read as %s", (message, question, said) => {
    expect(withoutPleasantries(message)).toEqual({ question, said });
  });

  it("takes any thanks after an acknowledgement as small talk", () => {
    const out = lastAnswerText("what does a qa engineer do", "noted, cheers");
    expect(out).toContain("You're welcome!");
    expect(out).not.toContain("QA Engineer");
  });
});
