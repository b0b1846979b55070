import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/understanding/command-grammar.js";
import { realKnowledge } from "../support/knowledge.js";
import { lastAnswerText, understand } from "../support/questions.js";

// r100: one person in a DM switching roles, places and employers, correcting themselves and pointing back.
// Before: "actually make that devops not sre" compared the two; "sdet, er, software engineer" read both
// sides as QA; "whats the gap if im in denver" after a move was the industry-academia gap; "the second
// one" after a move picked its start; "compare the first one and the last one" of three roles asked in turn
// took the last two; "from the first one to that one" was the first one's pay; "compare both roles" was a
// role called "both roles"; "actually im a dba not an analyst" after a move was what a DBA does; "cloud
// engineer, the big data one" was an occupation asked back.

describe("a change said to the question before", () => {
  it("reads 'make that devops not sre' as the question again of DevOps, the employer kept", () => {
    const text = lastAnswerText(
      "what does an SRE make at Netflix",
      "and at stripe?",
      "Actually, make that devops, not SRE.",
    );
    expect(text).toContain(
      "No figures for Stripe: the knowledge base has no Stripe pay figures for DevOps Engineer.",
    );
    expect(text).not.toContain("DevOps Engineer vs Site Reliability Engineer");
  });

  it("reads 'change it to' and 'switch that to' with a role, the topic and place kept", () => {
    expect(lastAnswerText("sre salary in seattle", "change it to backend")).toContain(
      "The knowledge base has no Seattle, WA figure for Back-End Developer.",
    );
    expect(lastAnswerText("sre skills", "switch that to devops")).toContain("Skills for a DevOps Engineer:");
  });

  it("leaves a move or a way in that starts with the same verbs as it was", () => {
    expect(lastAnswerText("switch it support -> security analyst")).toContain(
      "From IT Support Specialist to Information Security Analyst",
    );
    expect(lastAnswerText("make it as a data scientist, how long")).toContain(
      "How to become a Data Scientist:",
    );
  });
});

describe("a role's name taken back as it is typed", () => {
  it("keeps the name said after 'er', 'i mean' or 'or rather'", () => {
    expect(understand("thinking of moving from qa to sdet, er, software engineer").to?.id).toBe(
      "software-engineer",
    );
    expect(understand("data scientist i mean data engineer pay").roles.map((r) => r.id)).toEqual([
      "software-data-engineer",
    ]);
    expect(understand("sre or rather devops skills").roles.map((r) => r.id)).toEqual(["devops-engineer"]);
  });

  it("takes back nothing where no role's name follows", () => {
    const u = understand("sre vs devops, i mean which pays more");
    expect(u.intent).toBe("payCompare");
    expect(u.roles.map((r) => r.id)).toEqual(["site-reliability-engineer", "devops-engineer"]);
  });
});

describe("after a move's answer", () => {
  it("reads 'whats the gap' with a place as the same move there, its direction kept", () => {
    const text = lastAnswerText("from qa to devops?", "whats the gap if im in denver");
    expect(text).toContain("From QA Engineer to DevOps Engineer");
    expect(text).toContain("No figures for a move in Denver");
    expect(lastAnswerText("from qa to devops?", "whats the skill gap in Seattle")).toContain(
      "From QA Engineer to DevOps Engineer",
    );
    // The pay gap is pay; with no thread, the gap named alone is nothing asked of a role.
    expect(understand("whats the gap in denver").intent).toBe("offTopic");
    expect(lastAnswerText("from qa to devops?", "whats the pay gap in denver")).toContain(
      "No figures for Denver: the knowledge base has no Denver pay figures for DevOps Engineer.",
    );
  });

  it("counts places among a move's roles as its answer shows them, from where it starts", () => {
    expect(lastAnswerText("from qa to devops?", "the first one, outlook")).toContain(
      "Outlook for a QA Engineer:",
    );
    expect(lastAnswerText("from sysadmin to cloud architect", "skills for the second one")).toContain(
      "How to become a Cloud Architect:",
    );
  });

  it("reads the role held, said in place of the move's start, as the move from it", () => {
    expect(
      lastAnswerText("from data analyst to data architect?", "Actually I'm a DBA, not an analyst"),
    ).toContain("From Database Administrator to Data Architect");
    expect(lastAnswerText("from qa to devops", "im a sysadmin actually")).toContain(
      "From System Administrator to DevOps Engineer",
    );
    // Something else asked of the role held is that question.
    expect(
      lastAnswerText("from data analyst to data architect?", "im a dba, what do i do all day"),
    ).toContain("What a Database Administrator does:");
  });
});

describe("sides pointed back at", () => {
  it("counts places among the roles asked in turn when the thread is on one", () => {
    expect(
      lastAnswerText(
        "ml salary nyc?",
        "what about lead",
        "and distinguished",
        "compare the first one and the last one",
      ),
    ).toContain("Machine Learning Engineer vs Distinguished Machine Learning Engineer");
  });

  it("reads a place and 'that one' as two sides: the first asked and the one the thread is on", () => {
    expect(
      lastAnswerText(
        "junior security analyst pay in dallas",
        "what about security eng instead",
        "how hard is it to go from the first one to that one",
      ),
    ).toContain("From Information Security Analyst to Security Engineer");
    expect(lastAnswerText("frontend pay", "and backend", "compare that one with the first one")).toContain(
      "Back-End Developer vs Front-End Developer",
    );
  });

  it("reads a place set against a role named as that side", () => {
    expect(
      lastAnswerText(
        "cloud architect vs big data cloud engineer",
        "ok and if i moved from netadmin to the first",
      ),
    ).toContain("From Network Administrator to Cloud Architect");
    expect(
      lastAnswerText("cloud architect vs big data cloud engineer", "what about the first one"),
    ).toContain("What a Cloud Architect does:");
  });

  it("reads 'both roles', 'the two jobs' as the thread's roles", () => {
    const kb = realKnowledge();
    expect(parseCommand(kb, "compare both roles").kind).toBe("ask");
    expect(parseCommand(kb, "compare those two jobs").kind).toBe("ask");
    expect(parseCommand(kb, "compare sre and devops").kind).toBe("compare");
    expect(
      lastAnswerText("pm salary at google", "no i meant engineering manager", "compare both roles"),
    ).toContain("Product Manager vs Engineering Manager");
    expect(lastAnswerText("data analyst pay", "and data scientist", "compare the two roles")).toContain(
      "Data Analyst vs Data Scientist",
    );
  });

  it("reads 'the other company', 'the first company' among the employers the thread named", () => {
    expect(lastAnswerText("sre pay at amazon", "and at netflix", "what about the other company")).toContain(
      "No figures for Amazon: the knowledge base has no Amazon pay figures for Site Reliability Engineer.",
    );
    expect(
      lastAnswerText(
        "data scientist salary at google",
        "and at meta",
        "and microsoft?",
        "back to the first company",
      ),
    ).toContain("No figures for Google: the knowledge base has no Google pay figures for Data Scientist.");
  });
});

describe("both of two roles asked in turn", () => {
  it("reads 'both' after one role then another as the two of them, whatever is asked", () => {
    expect(lastAnswerText("sre pay", "what about devops", "both in seattle?")).toContain(
      "Pay: Site Reliability Engineer vs DevOps Engineer",
    );
    expect(lastAnswerText("sre pay", "what about devops", "skills for both")).toContain(
      "Skills for Site Reliability Engineer and DevOps Engineer:",
    );
    expect(
      lastAnswerText(
        "what does an SRE make at Netflix",
        "actually make that devops not sre",
        "ok what about both in seattle",
      ),
    ).toContain("Pay: Site Reliability Engineer vs DevOps Engineer");
  });

  it("leaves a question naming no 'both' on the role the thread is on", () => {
    expect(lastAnswerText("sre pay", "what about devops", "in seattle?")).not.toContain(
      "Site Reliability Engineer",
    );
  });
});

describe("a head narrowed to one role", () => {
  it("reads 'cloud engineer, the big data one' as Big Data Cloud Engineer, in place of the side it corrects", () => {
    expect(
      lastAnswerText(
        "cloud architect vs network architect pay",
        "no sorry cloud engineer — the big data one",
      ),
    ).toContain("Pay: Big Data Cloud Engineer vs Network Architect");
    expect(understand("data engineer - the software one, what does it pay").roles.map((r) => r.id)).toEqual([
      "software-data-engineer",
    ]);
    expect(understand("applied scientist, the ads one. skills?").roles.map((r) => r.id)).toEqual([
      "senior-applied-scientist-ads-ranking",
    ]);
  });

  it("keeps the first side where the correction shares no word with one side alone", () => {
    expect(lastAnswerText("sre vs devops", "no sorry security engineer")).toContain(
      "Site Reliability Engineer vs Security Engineer",
    );
    expect(lastAnswerText("data analyst vs data scientist", "no i meant data architect")).toContain(
      "Data Analyst vs Data Architect",
    );
  });
});
