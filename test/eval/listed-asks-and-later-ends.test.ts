import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText, lastAnswerText, thread } from "../support/questions.js";

// "im in retail, would computer systems analyst be an easier jump?? pay/outlook/do i need a cs degree"
// answered only the duties: the list of things asked is several questions, and "im in retail" the job held.
describe("a list of things asked, after a move or a role", () => {
  it.skipIf(!officialLayerInstalled)(
    "answers the move from retail, then the schooling after it",
    () => {
      const text = saidWithLayer(
        "im in retail, would computer systems analyst be an easier jump?? pay/outlook/do i need a cs degree",
      );
      const said = [
        "From Retail Salespersons to Computer Systems Analyst",
        "Pay side by side:",
        "Outlook side by side:",
        "Education for a Computer Systems Analyst",
      ].map((s) => text.indexOf(s));
      expect(said.every((i) => i >= 0)).toBe(true);
      expect(said).toEqual([...said].sort((a, b) => a - b));
      // The whole official layer loads on first use: slower than a test's usual limit.
    },
    60_000,
  );

  it.each([
    "computer systems analyst: pay/outlook/do i need a cs degree",
    "thinking about computer systems analyst. pay, outlook, schooling?",
    "thinking about computer systems analyst pay outlook schooling",
  ])("%s answers pay, outlook and schooling in turn", (q) => {
    const text = answerText(q);
    const said = [
      "Computer Systems Analyst pay:",
      "Outlook for a Computer Systems Analyst",
      "Education for a Computer Systems Analyst",
    ].map((s) => text.indexOf(s));
    expect(said.every((i) => i >= 0)).toBe(true);
    expect(said).toEqual([...said].sort((a, b) => a - b));
  });

  it("cuts no list of other words", () => {
    const [one] = thread("whats the pay for c/c++ devs");
    expect(one?.kind).not.toBe("both");
  });
});

// "should i move from retail into it support", then "is it worth it if i want to end up in cloud
// eventually", repeated the move to IT support: where one wants to end up is past the move's end.
describe("where someone wants to end up after a move", () => {
  it("says no source judges the worth, then the way on from the move's end to the cloud roles", () => {
    const text = lastAnswerText(
      "should i move from retail into it support",
      "is it worth it if i want to end up in cloud eventually",
    );
    expect(text).toContain("No source judges whether the move to IT Support Specialist is worth it");
    expect(text).toContain(
      "IT Support Specialist → Network Administrator → Network Architect → Cloud Architect",
    );
    expect(text).toContain("To Big Data Cloud Engineer:");
    expect(text).not.toContain("From Retail Salespersons to IT Support Specialist");
  });

  it("reads 'end up' as no field of its own", () => {
    expect(answerText("im in it support and want to end up in cloud eventually")).toContain(
      "Which cloud role do you want to move to from IT Support Specialist?",
    );
  });
});

// "cashier here, want to get into web development" was read as a move to Software Engineer: web
// development is Web Developers, which O*NET files three of the knowledge's roles under.
describe.skipIf(!officialLayerInstalled)("a move into web development", () => {
  it("asks which web role, with the three as buttons, and keeps the move from cashier", () => {
    const asked = saidWithLayer("cashier here, want to get into web development");
    expect(asked).toContain("“web development” is Web Developers (SOC 15-1254)");
    expect(asked).toContain("Back-End Developer, Front-End Developer and Full Stack Developer");
    expect(asked).toContain("career role front-end developer");
    expect(saidWithLayer("cashier here, want to get into web development", "front end")).toContain(
      "From Cashiers to Front-End Developer",
    );
  }, 60_000);
});
