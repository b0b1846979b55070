import { describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { lastAnswerText } from "../support/questions.js";

// Round r75's retail and plant threads: words of the asker's own situation ("our DC", "i'm not moving",
// "HR here, we're benchmarking a req", "someone like me move into that") read as a place, a topic, a move
// or the occupation's figures, where the question asked something else.

describe("a distribution center called 'DC'", () => {
  it("is no Washington, DC after 'our' or 'a'", () => {
    const text = lastAnswerText(
      "what does Walmart pay data analysts?",
      "ok and amazon? they're literally poaching from our DC",
    );
    expect(text).toContain("No figures for Amazon");
    expect(text).not.toContain("Washington, DC");
  });

  it("is still Washington, DC where it is asked as a place", () => {
    expect(lastAnswerText("data analyst pay in dc")).toContain("No figures for Washington, DC");
    expect(lastAnswerText("data analyst pay", "what about dc?")).toContain("No figures for Washington, DC");
    expect(lastAnswerText("dc data analyst salary")).toContain("No figures for Washington, DC");
  });
});

describe("remote work asked of the thread's role with 'that'", () => {
  it("says the knowledge has nothing on remote for it, never the help page", () => {
    for (const q of [
      "could i do that fully remote tho? i'm not moving",
      "could i do that fully remote tho?",
    ]) {
      const text = lastAnswerText("how long wd ml take to pick up if i already know python", q);
      expect(text, q).toContain(
        "The knowledge base has no figures on “remote” for Machine Learning Engineer",
      );
      expect(text, q).not.toContain("Type any of these after /career");
    }
  });
});

describe("someone hiring who names their own job", () => {
  it("gets the role's general pay with the employer's missing figures said first, not a move from HR", () => {
    const text = lastAnswerText(
      "HR here :wave: we're benchmarking a *data analyst* req. what does Walmart pay data analysts? trying to see if our band is way off",
    );
    expect(text).toContain("No figures for Walmart");
    expect(text).not.toContain("From Human Resources Specialists");
  });
});

describe.skipIf(!officialLayerInstalled)("a move aimed at the thread's role by a pronoun", () => {
  if (officialLayerInstalled) knowledgeWithLayer();

  it("starts from the occupation named: 'could someone like me move into that'", () => {
    for (const q of [
      "i do cashier + some inventory scanning stuff, could someone like me move into that w/o a degree? how would i even start",
      "could a cashier move into it?",
    ]) {
      const text = saidWithLayer("hey is it support the same thing as help desk??", q);
      expect(text, q).toContain("From Cashiers to IT Support Specialist");
    }
  });

  it("a role's own pay after a move leaves the thread on it: 'and in texas?' is its pay there", () => {
    const text = saidWithLayer(
      "been a store mgr for 11 yrs at our chain, honestly burned out. is IT a realistic thing to get into at 41",
      "ok the support one sounds doable. what does it pay starting out",
      "and in texas? we'd probably stay near dallas",
    );
    expect(text).toContain("IT Support Specialist pay:");
    expect(text).toContain("no Texas (Austin, Dallas) figure for IT Support Specialist");
    expect(text).not.toContain("General and Operations Managers");
  });
});

describe("how the job is done between 'work as' and the job", () => {
  it("still reads the job held: 'work remote as a backend dev … is ml worth switching into'", () => {
    const text = lastAnswerText(
      "work remote as a backend dev for a logistics co. is ml worth switching into or is it mostly hype rn",
    );
    expect(text).toContain("From Back-End Developer to Machine Learning Engineer");
    expect(text).toContain("The knowledge holds nothing on remote work");
  });
});
