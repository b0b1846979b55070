import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import { answerQuestion } from "../../src/advisor/ask.js";
import { answerOccupation } from "../../src/advisor/occupations/scope.js";
import { tokenize } from "../../src/knowledge/core/text.js";
import { resolveRole } from "../../src/knowledge/resolve.js";
import { renderText } from "../../src/render/plain-text.js";
import { renderMessage } from "../../src/slack/blocks/message.js";
import { parseCommand } from "../../src/understanding/command-grammar.js";
import { itFieldPositions } from "../../src/understanding/it/it-word.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText, thread, understand } from "../support/questions.js";

// The classes of question issue 21 found answered wrong, each checked as a user would see the answer.
const kb = realKnowledge();

const last = (answers: Answer[]) => renderText(answers.at(-1) as Answer);

describe('"IT" the field and "it" the pronoun', () => {
  const field = (q: string, threadHasRole = false) => [...itFieldPositions(q, tokenize(q), threadHasRole)];

  it("reads IT in capitals, or before a word of the field, as the field", () => {
    expect(field("whats IT support pay")).toEqual([1]);
    expect(field("it manager salary?")).toEqual([0]);
    expect(field("best paid jobs in it")).toEqual([4]);
    expect(field("what does a director of it earn")).toEqual([5]);
  });

  it("answers a question about the IT field as a whole with the roles ranked by what was asked", () => {
    expect(answerText("how much do IT people make")).toContain("Best paid IT roles");
    expect(answerText("whats the outlook for it jobs")).toContain("Fastest growing IT roles");
    expect(answerText("entry level it jobs")).toContain("Entry-level roles: those that need no degree");
    // The trends of the field stay the trends; a place still asks which role.
    expect(answerText("what are the latest tech trends")).not.toContain("Fastest growing roles");
    expect(answerQuestion(kb, "IT salaries in texas").kind).toBe("clarify");
  });

  it("reads the field before a misspelt word of the field", () => {
    const q = "it suport or engineering manger, whats better";
    expect([...itFieldPositions(q, tokenize(q), false)]).toEqual([0]);
    expect(answerText(q)).toContain("IT Support Specialist vs Engineering Manager");
  });

  it("reads the field as the subject of a verb of earning, after a verb that would make it a pronoun", () => {
    expect(answerText("how much does it support make in dallas")).toContain("IT Support Specialist pay");
    const q = "does it support python";
    expect([...itFieldPositions(q, tokenize(q), false)]).toEqual([]);
  });

  it("keeps the pronoun where the words around it make one", () => {
    expect(field("does it support python?")).toEqual([]);
    expect(field("is it manager track or ic track")).toEqual([]);
    expect(field("how much does it pay")).toEqual([]);
    // All in capitals says nothing about which one was meant.
    expect(field("WHAT DOES IT PAY")).toEqual([]);
    // In a thread about a role, "working in it" is that role.
    expect(field("whats working in it like", true)).toEqual([]);
  });

  it("answers IT support pay from the IT support role, and IT directors with their official occupation", () => {
    expect(understand("whats IT support pay").roles.map((r) => r.id)).toEqual(["it-support-specialist"]);
    expect(answerText("whats IT support pay")).toContain("$61,860");
    const director = answerQuestion(kb, "IT director salary");
    expect(director).toMatchObject({ kind: "occupation", soc: "11-3021" });
    expect(renderText(director)).not.toContain("Which role do you mean");
  });

  it("still reads a pronoun in a thread as the thread's role", () => {
    expect(last(thread("what does a data architect do", "how much does it pay"))).toContain("$139,500");
    expect(understand("does it support remote work?").roles).toEqual([]);
  });

  it("ranks roles by pay for the best paid jobs in IT, and asks which role for the best paid city", () => {
    const best = answerText("best paid jobs in IT");
    // IT's own roles, best paid first (words-f).
    expect(best).toContain("Best paid IT roles");
    expect(best.indexOf("$129,180")).toBeLessThan(best.indexOf("$104,620"));
    expect(answerQuestion(kb, "which city pays the most?").kind).toBe("clarify");
  });
});

describe("typos on either side of vs", () => {
  it("compares both roles when either or both are misspelt", () => {
    expect(answerText("sofware engineer vs data scienist, which is better")).toContain(
      "Software Engineer vs Data Scientist",
    );
    expect(answerText("product manger vs engineering manger")).toContain(
      "Product Manager vs Engineering Manager",
    );
    expect(
      understand("mle vs sofware enginer which is better")
        .roles.map((r) => r.id)
        .sort(),
    ).toEqual(["machine-learning-engineer", "software-engineer"]);
  });

  it("compares roles set against each other however the question joins them", () => {
    expect(answerText("compare data scienist to data analist")).toContain("Data Scientist vs Data Analyst");
    expect(answerText("frontend or backend dev, whats better")).toContain(
      "Front-End Developer vs Back-End Developer",
    );
    expect(answerText("backend develper vs it suport, which pays more")).toContain(
      "Pay: Back-End Developer vs IT Support Specialist",
    );
  });

  it("reads a role name with a word after it as a question about the role, not a misspelt name", () => {
    expect(parseCommand(kb, "it support specialist pay?").kind).toBe("ask");
    expect(answerText("it support specialist pay?")).toContain("IT Support Specialist pay");
    // A typo that splits a word is still a typo.
    expect(parseCommand(kb, "dev ops engineer")).toEqual({
      kind: "role",
      role: "dev ops engineer",
      bare: true,
    });
  });

  it("says which side it could not read", () => {
    const a = answerQuestion(kb, "sre vs blorpt, which is better?");
    expect(a.kind).toBe("clarify");
    expect(renderText(a)).toContain('I could not read "blorpt" as a role I know');
    expect(renderText(answerQuestion(kb, "is swe or zzqx paid more"))).toContain('"zzqx"');
  });
});

describe("follow-ups in a thread", () => {
  it("answers a follow-up with no role of its own about the thread's role", () => {
    const out = last(thread("what does a data architect do", "are they in demand?"));
    expect(out).toContain("Outlook for a Data Architect");
    expect(out).not.toContain("ML engineer job postings");
  });

  it("asks back about the thread's role, with buttons, when it cannot place the follow-up", () => {
    const answer = thread("what does an sre do", "ok and what else").at(-1) as Answer;
    expect(answer).toMatchObject({ kind: "clarify" });
    expect(renderText(answer)).toContain("About Site Reliability Engineer?");
    expect(answer.followups).toContain("salary site reliability engineer");
    const buttons = JSON.stringify(renderMessage(answer).blocks);
    expect(buttons).toContain('"type":"button"');
  });

  it('gives both roles\' pay in the new place for "and in Austin?" after a comparison, naming the missing one', () => {
    for (const first of ["compare mle swe", "mle vs swe pay"]) {
      const out = last(thread(first, "and in austin?"));
      expect(out).toContain("$150,000");
      expect(out).toContain("no Texas (Austin, Dallas) figure for Software Engineer");
    }
  });
});

describe("follow-ups that set the thread's role against another, or ask about both", () => {
  it.each([
    ["sre pay", "vs devops?", /Pay: Site Reliability Engineer vs DevOps Engineer/],
    ["what does an sre do", "or devops?", /Site Reliability Engineer vs DevOps Engineer/],
    [
      "compare swe and mle",
      "which needs more education",
      /Education for a Software Engineer[\s\S]*Education for a Machine Learning Engineer/,
    ],
    [
      "compare swe and mle",
      "whats the growth like for both",
      /Outlook for a Software Engineer[\s\S]*Machine Learning Engineer/,
    ],
    ["compare swe and mle", "what about at google?", /No figures for Google/],
    [
      "compare data scientist and data analyst",
      "what about skills?",
      /Skills for Data Scientist and Data Analyst:/,
    ],
    ["what does a systems analyst do", "whats the growth like", /Outlook for a Computer Systems Analyst/],
    ["what does a data architect do", "any certifications?", /Education for a Data Architect/],
  ])('after "%s", "%s" is answered about the thread\'s roles', (first, followUp, expected) => {
    expect(last(thread(first, followUp))).toMatch(expected);
  });

  it("does not take chat words in a follow-up for a job ('rn' is right now, 'pick up' no job)", () => {
    expect(last(thread("what does an sre do", "r they hiring a lot rn"))).not.toContain("Registered Nurses");
    expect(last(thread("compare sre and devops", "which one's easier to pick up"))).not.toContain(
      "Material Moving Workers",
    );
    expect(last(thread("compare frontend and backend", "hows the job market for those two"))).toMatch(
      /Outlook for a Front-End Developer[\s\S]*Back-End Developer/,
    );
  });

  it("takes a question with no greeting word for no greeting", () => {
    // The choice asked of the advisor: the comparison again, said to be the asker's (judgement-left-to-asker).
    const [, pick] = thread("compare swe and mle", "which should i pick");
    expect(pick?.kind).toBe("compare");
    expect(renderText(pick as Answer)).toContain("No source can make this choice for you");
    expect(renderText(answerQuestion(kb, "thanks!"))).toContain("You're welcome!");
  });
});

describe("follow-ups that change only a place or ask about both roles", () => {
  it("reads a place after a question about what a role does as a pay question there", () => {
    const out = last(thread("what does a network architect do", "and how about in nyc"));
    expect(out).toContain("Network Architect pay");
    expect(out).toContain("$134,050");
  });

  it("gives each role's outlook after a comparison", () => {
    const out = last(thread("compare data analyst data scientist", "which one has better outlook"));
    expect(out).toContain("Outlook for a Data Analyst");
    expect(out).toContain("Outlook for a Data Scientist");
  });
});

describe("weighing a move", () => {
  it("puts both roles' pay and outlook side by side, then the gap", () => {
    const a = answerQuestion(kb, "should I move from swe into mle?");
    expect(a.kind).toBe("gap");
    const out = renderText(a);
    for (const fact of ["$135,980", "$133,336", "9.8x", "15.8%", "Deep learning"])
      expect(out).toContain(fact);
    expect(out.indexOf("Pay side by side")).toBeLessThan(out.indexOf("Outlook side by side"));
    expect(out.indexOf("Outlook side by side")).toBeLessThan(out.indexOf("To learn"));
  });

  it("reads a move however it is put: leaving one role for another, a good move, help me decide", () => {
    for (const q of [
      "from qa to devops, good move?",
      "should i leave data analytics for data engineering",
      "help me decide: stay a data analyst or move to data engineering",
    ]) {
      const a = answerQuestion(kb, q);
      expect(a.kind, q).toBe("gap");
      expect(renderText(a), q).toContain("Pay side by side");
    }
    expect(parseCommand(kb, "help")).toEqual({ kind: "help" });
    expect(parseCommand(kb, "swe -> pm?").kind).toBe("ask");
  });

  it("asks where to when only the role a move leaves is named, and reads a field as its role", () => {
    const a = answerQuestion(kb, "is switching from qa a good idea");
    expect(a.kind).toBe("clarify");
    expect(renderText(a)).toContain("Which role do you want to move to from QA Engineer?");
    expect(answerText("im a data analyst thinking of moving to data science")).toContain(
      "From Data Analyst to Data Scientist",
    );
  });

  it("reads where a move leads from the last 'to', and 'a step up' or 'pivot into' as weighing it", () => {
    expect(answerText("switch it support -> security analyst")).toContain(
      "From IT Support Specialist to Information Security Analyst",
    );
    expect(answerText("would going from full stack to em be a step up")).toContain("Pay side by side");
    expect(answerText("thinking of a pivot into data science from data analytics")).toContain(
      "From Data Analyst to Data Scientist",
    );
  });

  it("weighs a move into a role from the thread's role", () => {
    const [, move] = thread("what does a software engineer do", "should i switch to devops?");
    expect(move?.kind).toBe("gap");
    expect(renderText(move as Answer)).toContain("From Software Engineer to DevOps Engineer");
  });

  it("weighs a move put without a word of weighing, and reads two roles joined by 'to' as a move", () => {
    for (const [q, heading] of [
      ["i'm a sysadmin, want to become an sre", "From System Administrator to Site Reliability Engineer"],
      ["transition from qa to devops", "From QA Engineer to DevOps Engineer"],
      ["from data analyst to data scientist how long", "From Data Analyst to Data Scientist"],
      ["swe to mle", "From Software Engineer to Machine Learning Engineer"],
      ["leave pm for em?", "From Product Manager to Engineering Manager"],
      [
        "i work as a backend developer, is engineering manager a step up",
        "From Back-End Developer to Engineering Manager",
      ],
      [
        "im a sys admin rn, thinking bout devops tbh, worth it?",
        "From System Administrator to DevOps Engineer",
      ],
    ] as const) {
      const out = answerText(q);
      expect(out, q).toContain(heading);
      expect(out, q).toContain("Pay side by side");
    }
    // A word of comparing keeps it a comparison.
    expect(answerQuestion(kb, "compare swe to mle").kind).toBe("compare");
  });

  it("asks where to when a move names only the role it leaves", () => {
    for (const q of [
      "should i leave devops?",
      "thinking of leaving it support, what are my options",
      "i'm a qa engineer, thinking of switching careers",
    ]) {
      const a = answerQuestion(kb, q);
      expect(a.kind, q).toBe("clarify");
      expect(renderText(a), q).toMatch(/Which role do you want to move to from /);
    }
    // Not where a place is asked: "which city should I move to" ranks places.
    expect(
      answerText("If I'm an ML engineer and want the highest salary, which US city should I move to?"),
    ).toContain("New York City");
  });

  it("answers what comes after a move's answer about that move", () => {
    const [, instead, learn, more] = thread(
      "swe -> mle worth it?",
      "what about devops instead",
      "what should i learn first",
      "how much more would i make",
    );
    expect(renderText(instead as Answer)).toContain("From Software Engineer to DevOps Engineer");
    const learning = renderText(learn as Answer);
    expect(learning).toContain("From Software Engineer to DevOps Engineer");
    expect(learning).toContain("To learn");
    expect(learning).not.toContain("Pay side by side");
    expect(more?.kind).toBe("pay-compare");
    expect(renderText(more as Answer)).toContain("DevOps Engineer vs Software Engineer");
    const [, fromHere] = thread("tell me about data engineer", "what about moving to ml engineer from here");
    expect(renderText(fromHere as Answer)).toContain(
      "From Software Data Engineer to Machine Learning Engineer",
    );
    const [, fromThread] = thread("i'm a data analyst", "what about moving to data scientist");
    expect(renderText(fromThread as Answer)).toContain("From Data Analyst to Data Scientist");
  });

  it("weighs a move asked whether it is worth it, even with what to learn asked too", () => {
    expect(answerText("is it worth moving from qa to devops, what do i need to learn")).toContain(
      "Pay side by side",
    );
  });

  it("keeps a plain skill-gap question to the gap", () => {
    const out = answerText("what do I need to learn to move from swe to mle");
    expect(out).toContain("To learn");
    expect(out).not.toContain("Pay side by side");
  });

  it("renders the side-by-side in Slack within the block limits", () => {
    const message = renderMessage(answerQuestion(kb, "swe -> mle worth it?"));
    const blocks = JSON.stringify(message.blocks);
    expect(blocks).toContain("Pay side by side");
    expect(blocks).toContain("Outlook side by side");
    expect(message.blocks.length).toBeLessThanOrEqual(50);
  });
});

describe("a question that names a kind of role, or a role among other words", () => {
  it("asks which one, with the roles of that kind as buttons", () => {
    const a = answerQuestion(kb, "analyst salary");
    expect(a.kind).toBe("clarify");
    expect(renderText(a)).toMatch(
      /Which analyst do you mean\?[\s\S]*salary data analyst[\s\S]*salary security analyst/,
    );
  });

  it("takes the one role named in a command's words, and explains getting in without tips of its own", () => {
    expect(parseCommand(kb, "skills needed for it support")).toEqual({ kind: "skills", role: "it support" });
    expect(answerText("how to get into ml with a cs degree")).toContain(
      "How to become a Machine Learning Engineer",
    );
  });
});

describe("pay at a named company", () => {
  it("says first that there are no figures for that company, then the general figures, labelled", () => {
    const out = answerText("what does netflix pay data scientists");
    expect(out.startsWith("No figures for Netflix")).toBe(true);
    expect(out).toContain("General figures for Data Scientist, not Netflix's");
    expect(out).toContain("$120,230");
  });

  it("says first that there are no figures for a place it has none for, then the nearest ones", () => {
    expect(answerText("swe salary in denver")).toContain(
      "No figures for Denver: the knowledge base has no Denver pay figures for Software Engineer. General figures for Software Engineer, not Denver's:",
    );
    expect(answerText("mle pay in los angeles")).toContain(
      "Figures for California (statewide), which contains it",
    );
    // "washington dc" is not Washington State, and a place with figures is still answered with them.
    expect(answerText("data scientist salary washington dc")).toContain("No figures for Washington, DC");
    expect(answerText("mle salary in seattle")).toContain("Machine Learning Engineer, Seattle, WA");
    // A place with no figures does not make a question about something else a pay question.
    expect(answerText("are ml jobs growing in europe")).not.toContain("No figures for Europe");
    const [, both] = thread("compare swe and mle", "and in denver?");
    // After a comparison: said once for both sides, their figures still side by side.
    expect(renderText(both as Answer)).toContain(
      "No figures for Denver for Software Engineer or Machine Learning Engineer",
    );
    expect(renderText(both as Answer)).toContain("Pay: Software Engineer vs Machine Learning Engineer");
  });

  it("reads an employer that also names a kind of skill as the employer in a pay question", () => {
    expect(answerText("cloud architect at aws how much")).toContain("No figures for Amazon");
    expect(answerText("what aws skills does a cloud architect need")).not.toContain("No figures for Amazon");
  });

  it("gives the company's own figures where the knowledge has them", () => {
    const out = answerText("what does meta pay new grad ml engineers");
    expect(out).toContain("Machine Learning Engineer pay at Meta");
    expect(out).toContain("$169,050");
    expect(answerText("how much does meta pay data scientists")).toContain("No figures for Meta");
  });

  it("reads an employer only in a pay question", () => {
    expect(understand("what oracle skills does a dba need").company).toBeUndefined();
    expect(understand("salary of a data architect at oracle").company).toBe("Oracle");
  });
});

describe('"ml" alone', () => {
  it("is the machine learning engineer in a question about roles or pay", () => {
    const ids = (q: string) => understand(q).roles.map((r) => r.id);
    expect(ids("is ml better paid than backend")).toEqual([
      "machine-learning-engineer",
      "back-end-developer",
    ]);
    expect(understand("moving into ml from swe")).toMatchObject({
      intent: "gap",
      from: { id: "software-engineer" },
      to: { id: "machine-learning-engineer" },
    });
    expect(answerText("ml salary in texas")).toContain("$150,000");
    expect(resolveRole(kb, "ml")).toMatchObject({ kind: "found", role: { id: "machine-learning-engineer" } });
  });

  it("stays the field in questions about the field", () => {
    for (const q of ["ml trends 2024?", "ML market size by 2027?", "best practices for deploying ML models?"])
      expect(understand(q).roles).toEqual([]);
  });
});

describe("occupations with no data", () => {
  it("get the honest decline, never a question back with ML roles", () => {
    const declined: [string, string][] = [
      ["bookkeeper salary", "Bookkeepers"],
      // Listed because a warehouse picker is its hand laborer: named as the list names it.
      ["warehouse worker pay", "Warehouse Workers"],
      ["how much do lifeguards make", "lifeguards"],
      ["<@U77> stock clerk pay in texas", "stock clerks"],
    ];
    for (const [q, named] of declined) {
      const a = answerQuestion(kb, q);
      expect(a, q).toMatchObject({ kind: "out-of-scope", reason: "uncovered", occupation: named });
      expect(renderText(a)).not.toMatch(/Which role do you mean|\$\d/);
    }
  });

  it("still asks which role for a pay question that names no job at all", () => {
    expect(answerQuestion(kb, "does it pay well").kind).toBe("clarify");
  });

  it("declines from one place, which answers with official figures where the official data has the title", () => {
    const declined = answerOccupation(kb, { typed: "bookkeeper" });
    expect(declined).toMatchObject({ kind: "out-of-scope", occupation: "bookkeepers" });
    // The committed official figures cover the curated roles' occupations only; the answer says how to load the rest.
    expect(renderText(declined)).toMatch(/career data import/);
    const official = answerOccupation(kb, { typed: "applications developer" });
    expect(official).toMatchObject({ kind: "occupation", soc: "15-1252" });
  });
});

describe("follow-ups that lean on an occupation, on two roles, or on nothing", () => {
  it("keeps an official occupation the subject when a follow-up changes only the place or the level", () => {
    const [, seattle, level] = thread("15-1254 salary", "what about in seattle", "entry level?");
    for (const a of [seattle, level]) expect(a?.kind).toBe("occupation");
    expect(renderText(seattle as Answer)).toContain(
      "No figures for Seattle, WA: the official layer holds national figures only",
    );
    expect(renderText(level as Answer)).toContain("No entry level figures: BLS does not split pay by level");
  });

  it("says which role grows faster on BLS's projections after a comparison, or why it cannot", () => {
    const [, outlook] = thread("data engineer vs data scientist", "which has better outlook");
    expect(renderText(outlook as Answer)).toContain(
      "On BLS's projections of employment change, 2024–34, Data Scientist grows faster: Data Scientist 33.5% (data scientists), Software Data Engineer 8.7% (database architects).",
    );
    const [, same] = thread("compare sre and devops engineer", "which has better outlook");
    expect(renderText(same as Answer)).toContain("the projection does not tell these roles apart");
  });

  it("reads a comparison the grammar cannot, with a word after the roles, as the question it is", () => {
    // "pay" after the roles makes it their pay set side by side (the pay comparison, not every aspect).
    const [compared, austin] = thread("compare data engineer vs data scientist pay", "and in austin?");
    expect(compared?.kind).toBe("pay-compare");
    expect(renderText(austin as Answer)).toContain(
      "The knowledge base has no Texas (Austin, Dallas) figure for Software Data Engineer",
    );
    // A word that is no role at all is still named as such.
    expect(renderText(thread("compare mle xyzzyq")[0] as Answer)).toContain(
      'I don\'t know a role called "xyzzyq"',
    );
  });

  it("gives both roles' skills for 'skills for both?', and asks which roles when nothing came before", () => {
    const [, both] = thread("compare sre and devops engineer", "skills for both?");
    expect(renderText(both as Answer)).toContain("Skills for Site Reliability Engineer and DevOps Engineer");
    for (const q of ["skills for both?", "which has better outlook", "is it hard to get into"]) {
      const a = answerQuestion(kb, q);
      expect(a.kind, q).toBe("clarify");
      expect(renderText(a), q).toContain("Which role do you mean?");
    }
  });

  it("answers certification questions from what the role's file says about certifications", () => {
    const [, certs] = thread("how do i become a cybersecurity analyst", "what certs help");
    const out = renderText(certs as Answer);
    expect(out).toContain("Certifications for an Information Security Analyst");
    expect(out).toContain("professional security certification");
    const [, none] = thread("skills for a devops engineer?", "any certs worth getting?");
    expect(renderText(none as Answer)).toContain(
      "The knowledge base names no certification for DevOps Engineer.",
    );
  });
});

describe("IT the field, with no role named", () => {
  it("offers the IT roles, the usual way in first, for a question about the field", () => {
    for (const q of ["what skills do i need for IT", "careers in IT"]) {
      const a = answerQuestion(kb, q);
      expect(a.kind, q).toBe("clarify");
      const out = renderText(a);
      expect(out, q).toContain("Which IT role do you mean? IT support is the usual way in.");
      expect(out.indexOf("it support specialist"), q).toBeLessThan(out.indexOf("system administrator"));
    }
    // How to get in has one answer: IT support's, said to be the usual way in.
    for (const q of ["do i need a degree for i.t.", "best it certs for beginners"])
      expect(answerText(q), q).toContain("IT support is the usual way into IT");
  });

  it("reads 'it security', 'cybersecurity' and 'what does it support do' as the roles they name", () => {
    expect(answerText("it security salary")).toContain("Information Security Analyst pay");
    expect(answerText("cybersecurity salary")).toContain("Information Security Analyst pay");
    expect(answerText("what does it support do")).toContain("What an IT Support Specialist does");
    expect(answerText("whats an it support specialist")).toContain("What an IT Support Specialist does");
  });
});

describe("roles offered as options, set against the thread's role, or weighed alone", () => {
  it("compares two roles offered as options, not a move from the second to the first", () => {
    const a = answerQuestion(kb, "should i go into data science or data engineering");
    expect(a.kind).toBe("compare");
    expect(renderText(a)).toContain("Data Scientist vs Software Data Engineer");
  });

  it("sets the thread's role against one named after 'than'", () => {
    const [, better] = thread("tell me about devops", "is it better than IT support");
    expect(renderText(better as Answer)).toContain("DevOps Engineer vs IT Support Specialist");
  });

  it("weighs a move into a role with no start by its pay and outlook before how to get in", () => {
    const out = answerText("is it worth going into it support");
    expect(out).toContain("How to become an IT Support Specialist");
    expect(out).toMatch(/Pay: Median annual wage, computer user support specialists \(US\): \$61,860/);
    expect(out).toMatch(/Outlook: Projected employment change[^\n]*-3\.7%/);
  });

  it("says under a comparison's outlook which role grows faster, in text and in Slack", () => {
    const text = answerText("qa or devops, which is better");
    expect(text).toContain("QA Engineer grows faster: QA Engineer 10%");
    expect(text).toContain("DevOps Engineer 8.2% (computer occupations, all other)");
    const slack = JSON.stringify(renderMessage(answerQuestion(kb, "compare qa and devops")).blocks);
    expect(slack).toContain("QA Engineer grows faster");
  });
});

describe("moves, second round", () => {
  it("gives no pay verdict where one role's official medians run across the other's", () => {
    const out = answerText("devops -> cloud architect worth the switch?");
    expect(out).toContain(
      "DevOps Engineer's official medians run from $116,580 to $135,980 (one for each occupation its figures come from), which takes in Cloud Architect's $134,050, so they do not show which pays more.",
    );
    expect(out).not.toContain("On these figures");
  });

  it("rests a verdict only on figures the answer shows", () => {
    expect(answerText("lead mle -> distinguished mle?")).toContain(
      "One of these has no single pay figure, so I cannot say which pays more.",
    );
  });

  it("reads '2' between roles, 'want out of', and an occupation named before 'to' as a move", () => {
    expect(answerText("qa 2 devops worth it")).toContain("From QA Engineer to DevOps Engineer");
    expect(answerText("want out of qa tbh")).toContain("Which role do you want to move to from QA Engineer?");
    // With no layer in the fast tests, an occupation with no single figure is still named as the start.
    expect(answerText("teacher to data analyst")).toContain("From teacher to Data Analyst");
    expect(answerQuestion(kb, "compare teacher to data analyst").kind).not.toBe("gap");
  });

  it("takes the thread's role as the start of a move 'from here'", () => {
    const [, move] = thread("i'm a sysadmin", "is sre a good move from here");
    expect(renderText(move as Answer)).toContain("From System Administrator to Site Reliability Engineer");
  });

  it("answers how long or hard a move is with what it takes, saying no source gives a timeline or rates it", () => {
    const [, hard, first, worth] = thread(
      "should i move from data analyst to data engineer",
      "how hard is it",
      "what would i need first",
      "is it worth it",
    );
    expect(renderText(hard as Answer)).toContain("The sources do not rate how hard this move is");
    expect(renderText(first as Answer)).toContain("To learn");
    expect(renderText(first as Answer)).not.toContain("Pay side by side");
    expect(renderText(worth as Answer)).toContain("Pay side by side");
  });
});

describe("IT the field, second round", () => {
  it("reads a lowercase 'it' ending a question with no thread role as the field", () => {
    expect(answerText("what certs should i get for it")).toContain(
      "Certifications for an IT Support Specialist",
    );
    expect(answerText("working in it without a degree possible?")).toContain(
      "Best paid roles that need no degree",
    );
  });

  it("keeps the thread's role for 'it' when IT is the person's background", () => {
    const [, background] = thread("qa engineer salary", "is it a good job for someone coming from IT");
    expect(renderText(background as Answer)).toContain("Outlook for a QA Engineer");
  });

  it("reads 'the it guy' and 'what does it security pay' as the roles they name", () => {
    expect(answerText("how much does the it guy make lol")).toContain("IT Support Specialist pay");
    expect(answerText("what does it security pay")).toContain("Information Security Analyst pay");
    // The field's people as a whole are still the ranking.
    expect(answerText("how much do IT people make")).toContain("Best paid IT roles");
  });
});

describe("follow-ups after a move or a comparison, about one role or each", () => {
  it("answers a question about one role after a move about where it leads", () => {
    const [, after, tools] = thread(
      "how do i go from swe to engineering manager",
      "what comes after",
      "what tools do they use",
    );
    expect(renderText(after as Answer)).toContain("Career path for an Engineering Manager");
    expect(renderText(after as Answer)).not.toContain("Career path for a Software Engineer");
    expect(renderText(tools as Answer)).toContain(
      "The knowledge base lists no tools or frameworks for Engineering Manager",
    );
  });

  it("answers 'do they…' after a comparison for each role", () => {
    const [, tools] = thread("systems analyst vs data analyst whats the diff", "what tools do they use");
    const out = renderText(tools as Answer);
    expect(out).toContain("The knowledge base lists no tools or frameworks for Computer Systems Analyst");
    expect(out).toContain("Tools and frameworks a Data Analyst uses");
  });
});

describe("names read whole or word by word", () => {
  it("reads a role name followed by a word of the question as that role, not as a longer misspelt name", () => {
    expect(answerText("software engineer salary")).toContain("Software Engineer pay");
  });

  it("asks which role a name that could be two means, on either side of a move", () => {
    const a = answerQuestion(kb, "should i move from data architect to sde");
    expect(a.kind).toBe("clarify");
    expect(renderText(a)).toContain('"sde" could mean more than one role');
    expect(renderText(a)).toContain("gap data architect to software data engineer");
  });

  it("does not read a word of moving as part of a misspelt role name", () => {
    expect(answerText("leave mle for pm?")).toContain("From Machine Learning Engineer to Product Manager");
    expect(answerText("would it support specialist be a step up from swe")).toContain(
      "From Software Engineer to IT Support Specialist",
    );
    expect(answerText("dse -> product manager?")).toContain("From Data Science Engineer to Product Manager");
  });
});

describe("follow-ups, third round", () => {
  it("reads a place alone after a role, with or without 'and', as that role's pay there", () => {
    for (const f of ["in london?", "pay in seattle?"]) {
      const [, there] = thread("sre salary", f);
      expect(renderText(there as Answer), f).toContain("Site Reliability Engineer");
    }
  });

  it("keeps a role set against an occupation beside it in the follow-ups, saying which median is higher", () => {
    const [first, more] = thread("15-1254 vs data scientist", "which pays more");
    for (const a of [first, more]) {
      const out = renderText(a as Answer);
      expect(out).toContain("Web Developers (SOC 15-1254)");
      expect(out).toContain("Beside Data Scientist: median annual wage, data scientists (US), $120,230");
      expect(out).toContain("The higher of the two medians is Data Scientist's.");
    }
  });

  it("reads comparatives as no job titles, and 'which one would you pick' as the comparison again", () => {
    const [, faster] = thread("mobile dev vs backend dev", "which is faster to get into");
    expect(renderText(faster as Answer)).not.toContain("I don't cover");
    const [, pick] = thread("backend vs fullstack vs frontend salary", "which one would you pick");
    expect(pick?.kind).toBe("compare");
  });

  it("picks from a ranking, and reads a comparison with a topic word after three roles", () => {
    const [, second] = thread("best paid roles", "the second one");
    expect(renderText(second as Answer)).toContain("Computer and Information Research Scientist pay");
    expect(answerQuestion(kb, "compare sre, devops and security engineer outlook").kind).toBe("compare");
  });

  it("keeps a move's direction after its pay, and reads 'back to being' as where a move leads", () => {
    const [, , gap] = thread(
      "thinking of moving from sys admin to cloud architect",
      "what would i earn",
      "and the skills gap?",
    );
    expect(renderText(gap as Answer)).toContain("From System Administrator to Cloud Architect");
    expect(answerText("i want to go back to being a data analyst after 1 yr as a data scientist")).toContain(
      "From Data Scientist to Data Analyst",
    );
  });

  it("reads 'system admin' as the system administrator and 'web developer' as no curated role", () => {
    expect(answerText("what does a sytem admin do")).toContain("What a System Administrator does");
    expect(answerText("web developer salary")).not.toContain("Full Stack Developer pay");
  });
});

describe("moves and IT, third round", () => {
  it("keeps levels and places of a move as words about it, not a comparison or a silent drop", () => {
    expect(answerText("junior qa to senior devops?")).toContain("From QA Engineer to DevOps Engineer");
    expect(answerText("moving from swe in austin to mle in sf, worth it?")).toContain(
      "A place or level named for each side apart is left aside: the pay and outlook below are national.",
    );
    expect(answerText("im a swe at a startup, thinking of jumping to devops at a big co")).toContain(
      "From Software Engineer to DevOps Engineer",
    );
  });

  it("reads a move from the thread's role, however it is put", () => {
    const [, switching] = thread("swe salary", "what about switching to data engineer");
    expect(renderText(switching as Answer)).toContain("From Software Engineer to Software Data Engineer");
    const [, next] = thread("what does a data architect do", "ok im a dba, would that be a good next step");
    expect(renderText(next as Answer)).toContain("From Database Administrator to Data Architect");
    const [, out] = thread("it support", "how do i get out of it");
    expect(renderText(out as Answer)).toContain(
      "Which role do you want to move to from IT Support Specialist?",
    );
  });

  it("says two names of one role are one role", () => {
    expect(answerText("is it support or help desk better paid")).toContain(
      "“it support” and “help desk” name one role here: IT Support Specialist.",
    );
  });
});

describe("a fresh user's questions, last round", () => {
  it("says two names of one role in a comparison command are one role", () => {
    const [a] = thread("product analyst vs data analyst");
    expect(renderText(a as Answer)).toContain(
      "“product analyst” and “data analyst” name one role here: Data Analyst.",
    );
  });

  it("answers how long it takes to become a role with how people get in", () => {
    expect(answerText("how long does it take to become a data scientist")).toContain(
      "How to become a Data Scientist",
    );
  });

  it("asks which 'sde' is meant in a comparison, with comparisons as buttons", () => {
    const out = answerText("qa vs sde salary");
    expect(out).toContain('"sde" could mean more than one role');
    expect(out).toContain("compare qa engineer swe");
  });

  it("describes the thread's role for 'more detail pls'", () => {
    const [, more] = thread("what does an sre do", "more detail pls");
    expect(renderText(more as Answer)).toContain("What a Site Reliability Engineer does");
  });
});
