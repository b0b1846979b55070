import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import { renderText } from "../../src/render/plain-text.js";
import { lastAnswerText, thread } from "../support/questions.js";

// Follow-ups that need more of the thread than its last role: both sides of a move or of two roles asked
// about in turn, a third role beside two, the occupation a move started from, a move turned around.
const answer = lastAnswerText;

describe("a follow-up that compares with the thread's other side", () => {
  // The committed official figures hold the curated roles' occupations and a few more, Web Developers among them.
  const move = "web developer here, thinking about becoming a data analyst";

  it("sets a move's role beside the occupation it started from", () => {
    for (const followUp of ["does it pay more", "would i earn more", "which pays better"]) {
      const text = answer(move, followUp);
      expect(text).toContain("Pay: Web Developers vs Data Analyst");
      expect(text).toContain("$92,650");
      expect(text).toContain("$120,230");
      expect(text).toContain("On these figures Data Analyst pays more.");
    }
  });

  it("answers what to learn after a move from an occupation, and any other question for the role it leads to", () => {
    const learn = answer(move, "what should i learn first");
    expect(learn).toContain("From Web Developers to Data Analyst");
    expect(learn).toContain("SQL");
    expect(learn).not.toContain("Pay side by side");
    expect(answer(move, "what tools do they use")).toContain("Tools and frameworks a Data Analyst uses");
  });

  it("leaves the thread's occupation behind once it moves on to a role", () => {
    const text = answer("i'm a web developer", "data analyst", "what skills do they need");
    expect(text).toContain("Skills for a Data Analyst");
    expect(text).not.toContain("Web Developers");
  });

  it("weighs both roles of a move when one is named with a word of more or better", () => {
    const demand = answer("qa automation to devops?", "is devops more in demand?");
    expect(demand).toContain("QA Engineer grows faster");
    expect(demand).toContain("Outlook for a QA Engineer");
    expect(answer("qa automation to devops?", "which is growing faster")).toContain(
      "QA Engineer grows faster",
    );
    expect(answer("qa automation to devops?", "does devops pay more")).toContain(
      "Pay: DevOps Engineer vs QA Engineer",
    );
    // A question about one of them still has the role the move leads to.
    expect(answer("swe to mle worth it", "what tools do they use")).toContain(
      "Tools and frameworks a Machine Learning Engineer uses",
    );
  });

  it("sets the role asked about before beside the one asked about now", () => {
    for (const followUp of ["overlap?", "what do they have in common", "similarities?"])
      expect(answer("what skills does an sre need", "what about devops", followUp)).toContain(
        "What Site Reliability Engineer and DevOps Engineer have in common",
      );
    expect(answer("what skills does an sre need", "what about devops", "differences?")).toContain(
      "Site Reliability Engineer vs DevOps Engineer",
    );
    expect(answer("mle salary", "what about swe", "which pays more")).toContain(
      "Pay: Machine Learning Engineer vs Software Engineer",
    );
    // A question about one role is still about the one the thread is on.
    expect(answer("what skills does an sre need", "what about devops", "what does it pay")).toMatch(
      /^DevOps Engineer pay/,
    );
  });

  it("adds a third role to two, named by the first word of its name", () => {
    expect(answer("full stack dev pay", "vs back end?", "and mobile")).toContain(
      "Pay: Full Stack Developer vs Back-End Developer vs Mobile Developer",
    );
    expect(answer("compare data analyst and data scientist", "and product?")).toContain(
      "Data Analyst vs Data Scientist vs Product Manager",
    );
    expect(answer("full stack dev pay", "vs back end?", "what about mobile")).toContain(
      "Pay: Full Stack Developer vs Mobile Developer",
    );
  });
});

describe("a follow-up about something the knowledge has nothing on for the thread's role", () => {
  it("says it has no figures on it for the role, and gives what the knowledge has on it", () => {
    const threads = [
      ["what does a data scientist do", "what about remote?"],
      ["what does a data scientist do", "can it be done remote"],
    ];
    for (const messages of threads) {
      const text = answer(...messages);
      expect(text).toMatch(/^The knowledge base has no figures on “remote” for Data Scientist\./);
      expect(text).toContain("Remote work and global collaboration");
      expect(text).not.toContain("Roles I know");
    }
    // Outside ML the ML trend says nothing of the role: only that there is nothing on it.
    const it = answer("it support specialist", "is it remote friendly");
    expect(it).toMatch(
      /^The knowledge base has no figures on “remote” for IT Support Specialist, and nothing else/,
    );
    expect(it).not.toContain("Remote work and global collaboration");
  });

  it("still asks back about the thread's role where the words find nothing of their own", () => {
    expect(answer("what does a cloud architect do", "hmm and?")).toContain("About Cloud Architect?");
  });
});

describe("a question about one role in a message that names a move", () => {
  it("is about the role the move leads to", () => {
    const phd = answer("data scientist to research scientist - need a phd?");
    expect(phd).toContain("Education for a Computer and Information Research Scientist");
    expect(phd).toContain("master's degree");
    expect(phd).not.toContain("Education for a Data Scientist");
    expect(answer("sysadmin to cloud architect, any certs?")).toContain(
      "The knowledge base names no certification for Cloud Architect",
    );
  });

  it("answers what to learn for the move as its skill gap", () => {
    expect(answer("swe to mle, what skills")).toContain(
      "From Software Engineer to Machine Learning Engineer",
    );
    expect(answer("qa to devops - what tools will i need")).toContain("From QA Engineer to DevOps Engineer");
  });
});

describe("a short follow-up whose intent is clear from a word or two", () => {
  it("reads writing code, asked of the thread's role, as a check of its programming languages", () => {
    for (const followUp of ["do they need to code", "is coding required"]) {
      const text = answer("what does a product manager do", followUp);
      expect(text).toContain("The knowledge base names no programming languages for Product Manager");
      expect(text).toContain("Market research");
    }
    expect(answer("what does a data analyst do", "do they need to code")).toContain(
      "Programming languages a Data Analyst works with: SQL.",
    );
  });

  it("reads what to learn next as the skills of the thread's role", () => {
    const text = answer(
      "whats a database administrator",
      "is that job going away bc of cloud",
      "what should i learn next",
    );
    expect(text).toContain("Skills for a Database Administrator");
    expect(answer("what does a product manager do", "ok what should i study first")).toContain(
      "Skills for a Product Manager",
    );
  });
});

describe("a follow-up after a ranking or a list of roles", () => {
  it("takes the one role of a ranking of one row as the thread's subject", () => {
    // ("how do i get into IT? no degree" was this ranking; it is the way in since, in the test of that.)
    const messages = [
      "which IT jobs need no degree",
      "is it a good field tho",
      "what does it pay starting out",
    ];
    const answers = thread(...messages).map((a) => renderText(a));
    expect(answers[0]).toContain("1. IT Support Specialist");
    expect(answers[1]).toContain("Outlook for an IT Support Specialist");
    expect(answers[2]).toContain("IT Support Specialist pay");
  });

  it("lists the IT roles for jobs in IT, and picks the one that needs the least education to enter", () => {
    const answers = thread(
      "my son wants to study IT, what jobs can he get",
      "which one is easiest to get into",
    ).map((a) => renderText(a));
    expect(answers[0]).toContain("IT support is the usual way in");
    expect(answers[0]).not.toContain("Roles I know");
    expect(answers[1]).toContain(
      "Of the roles listed, IT Support Specialist needs the least education to enter: typically some college, no degree",
    );
    expect(answers[1]).toContain("Network Administrator, bachelor's degree");
  });

  it("asks back among the roles it listed, not the popular ML roles", () => {
    const text = answer("which roles pay the most", "is it growing");
    expect(text).toContain("Which of these roles do you mean?");
    expect(text).toContain("engineering manager");
  });
});

describe("an ordinary job as the start of a move into tech", () => {
  // The committed official figures hold Web Developers beside the curated roles' occupations.
  const start = "web developer here, where do i start to get into IT";

  it("gives the occupation's figures with the usual ways into tech, each a button", () => {
    const [asked] = thread(start);
    const text = renderText(asked as Answer);
    expect(text).toContain("Web Developers (SOC 15-1254): official US figures");
    expect(text).toContain("To get into tech from Web Developers");
    expect(text).toContain("IT Support Specialist, Software Engineer");
    expect(asked?.followups).toContain("path it support specialist");
  });

  it("weighs the move into the role the next message names", () => {
    for (const reply of ["maybe data analyst?", "data analyst"])
      expect(answer(start, reply)).toContain("From Web Developers to Data Analyst");
  });
});

describe("a move asked the other way", () => {
  it("turns the thread's move around", () => {
    for (const reverse of ["how about the reverse", "what about the other way around", "and vice versa?"]) {
      const text = answer("product manager to engineering manager possible?", reverse);
      expect(text).toContain("From Engineering Manager to Product Manager");
    }
    expect(answer("swe -> mle", "what about the other way around")).toContain(
      "From Machine Learning Engineer to Software Engineer",
    );
  });

  it("turns around a skills gap between a role and 'ml', however the reversal is said", () => {
    const gap = "skills gap between *backend dev* and ml?";
    expect(answer(gap)).toMatch(/^From Back-End Developer to Machine Learning Engineer/);
    for (const reverse of ["no the other way round", "reverse it", "flip it", "switch it around"]) {
      const text = answer(gap, reverse);
      expect(text, reverse).toMatch(/^From Machine Learning Engineer to Back-End Developer/);
      expect(text, reverse).toContain("To learn");
    }
    expect(answer("skills gap backend vs ml", "flip it")).toMatch(
      /^From Machine Learning Engineer to Back-End Developer/,
    );
    expect(answer("gap between data analyst and ml")).toMatch(
      /^From Data Analyst to Machine Learning Engineer/,
    );
  });
});

describe("the thread's role set beside one named", () => {
  it("compares pay of both when a follow-up names another role to compare with", () => {
    const text = answer(
      "whats a data analyst do and is it hard to get into",
      "do they need a masters",
      "how does it compare to data scientist pay",
    );
    expect(text).toContain("Pay: Data Analyst vs Data Scientist");
    expect(text).toContain("same official occupation");
    expect(answer("what does an sre do", "how does the pay stack up against devops")).toContain(
      "Pay: Site Reliability Engineer vs DevOps Engineer",
    );
  });
});
