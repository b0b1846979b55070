import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// Unseen check u98, in the voice of engineering managers, HR and recruiters asking for a team or a
// candidate. Before: the asker's label ("hr here -", "recruiter q:") was read as a move from Human Resources
// Specialists; a startup someone left for as the employer asked about; "hard to hire for" as industries;
// "the national range" as the path; a move weighed "should she?" as what to learn alone; "vs market" as a
// role no one knows; "is ml still hot" as ML trends; "how much more than a regular software engineer" as
// skills of a software engineer; "which tools …, is it all pytorch now" as PyTorch alone.
describe.skipIf(!officialLayerInstalled)("who asks, said in passing", () => {
  it.each([
    [
      "hr here - what do IT security analysts make? leadership wants to add one to the IT dept before the audit",
      "Information Security Analyst pay",
    ],
    ["recruiter here, what do data engineers make in austin?", "Software Data Engineer pay"],
    ["recruiter q: what do data engineers make?", "Software Data Engineer pay"],
    ["hr question: what do devops engineers make", "DevOps Engineer pay"],
    ["recruiter q: amazon's range for data engineers in seattle?", "No figures for Amazon"],
  ])("%s", (asked, said) => {
    const text = saidWithLayer(asked);
    expect(text).toContain(said);
    expect(text).not.toContain("Human Resources Specialists");
  });

  it("keeps the label as the job held where the asker's own move is asked", () => {
    expect(
      saidWithLayer("hr here, thinking of moving into data analytics. what would i need to learn?"),
    ).toContain("From Human Resources Specialists to Data Analyst");
    expect(saidWithLayer("recruiter: salary?")).toContain("Human Resources Specialists");
    expect(saidWithLayer("nurse here, what do data analysts make?")).toContain("Registered Nurses");
  });

  it("reads a recruiter's ping as a step of being hired", () => {
    const text = saidWithLayer(
      "do apple QA engineers make more than average? one of ours got a recruiter ping from them and im nervous",
    );
    expect(text).toContain("No figures for Apple");
    expect(text).toContain("QA Engineer pay");
    expect(text).not.toContain("Human Resources Specialists");
  });

  it("reads a candidate's background as told, not a move, unless a move is asked", () => {
    const told = saidWithLayer(
      "is IT support still a legit first job to pitch to career switchers? candidate is coming from retail mgmt and asked me straight up if it pays enough to live on lol",
    );
    expect(told).toContain("Outlook for an IT Support Specialist");
    expect(told).toContain("IT Support Specialist pay");
    expect(told).not.toContain("Retail");
    expect(
      saidWithLayer("candidate is coming from retail mgmt, what would she need to learn for IT support?"),
    ).toContain("to IT Support Specialist");
    expect(saidWithLayer("she's coming from teaching, would she make more as a data analyst?")).toContain(
      "Data Analyst",
    );
  });

  it("sets the job someone asked about moving from as the move's start", () => {
    const text = saidWithLayer(
      "my IT support tech asked about moving into cybersecurity, like an info sec analyst role. worth it? what would he need to learn",
    );
    expect(text).toContain("From IT Support Specialist to Information Security Analyst");
    expect(text).toContain("Pay side by side");
  });
});

describe("an employer someone else left for", () => {
  it("is no employer asked of", () => {
    const text = answerText(
      "backfilling a site reliability engineer on my team (ours left for a startup :sob:), what does it pay at senior level these days",
    );
    expect(text).toContain("Site Reliability Engineer pay");
    expect(text).not.toContain("No figures by kind of company");
    expect(
      answerText("lost our best devops engineer to a startup. what does a devops engineer make now?"),
    ).not.toContain("startups");
  });

  it("stays asked of where named so, or the asker's own", () => {
    expect(answerText("what do startups pay data engineers?")).toContain("No figures by kind of company");
    expect(answerText("im leaving for a startup, what do data engineers make there?")).toContain(
      "No figures by kind of company",
    );
    expect(answerText("our sre joined a startup last month, what do they pay sres there?")).toContain(
      "No figures by kind of company",
    );
  });
});

describe("how hard a role is to hire", () => {
  it("asks its outlook", () => {
    expect(
      lastAnswerText(
        "backfilling a site reliability engineer on my team, what does it pay at senior level these days",
        "and is it hard to hire for? our last req sat open like 4 months",
      ),
    ).toContain("Outlook for a Site Reliability Engineer");
    expect(understand("are site reliability engineers hard to hire?").intent).toBe("outlook");
    expect(understand("is it hard to find good data engineers these days").intent).toBe("outlook");
  });

  it("leaves being hired oneself as the way in", () => {
    expect(understand("is it hard to get hired as a data engineer").intent).toBe("gettingStarted");
    expect(understand("is it hard to become a devops engineer?").intent).not.toBe("outlook");
  });
});

describe("a range asked", () => {
  it("is the role's pay", () => {
    expect(
      answerText("hiring a data architect for the platform group, what's the national range look like?"),
    ).toContain("Data Architect pay");
    expect(understand("what's the range for sres in denver").intent).toBe("salary");
  });

  it("is no pay in a range of other things", () => {
    expect(understand("data architects have a wide range of skills, what do they need to know?").intent).toBe(
      "skills",
    );
  });
});

describe("a move weighed with 'should she?'", () => {
  it("sets both sides' pay side by side before what to learn", () => {
    const text = answerText(
      "one of my QA folks wants to move into software engineering. should she? what's the gap she'd need to close",
    );
    expect(text).toContain("From QA Engineer to Software Engineer");
    expect(text).toContain("Pay side by side");
  });

  it("leaves what to learn alone where only that is asked", () => {
    const text = answerText(
      "one of my QA folks wants to move into software engineering. what's the gap she'd need to close",
    );
    expect(text).toContain("To learn");
    expect(text).not.toContain("Pay side by side");
  });
});

describe("pay against the market", () => {
  it("reads 'market' as no role", () => {
    const text = answerText("what does oracle typically pay DBAs vs market?");
    expect(text).toContain("No figures for Oracle");
    expect(text).not.toContain("names no role");
    expect(answerText("how does a data engineer salary compare vs market?")).toContain(
      "Software Data Engineer pay",
    );
  });

  it("weighs the amount the message told", () => {
    const text = answerText(
      "candidate is currently a DBA at Oracle making 130. what does oracle typically pay DBAs vs market?",
    );
    expect(text).toContain("where $130,000 a year stands");
    expect(text).toContain("No figures for Oracle");
  });
});

describe("ML asked of by those who hire", () => {
  it("reads how hot ML is as its role's outlook", () => {
    for (const q of [
      "is ml still hot or is hiring cooling off? budget planning for q3",
      "is ml hot right now",
    ])
      expect(answerText(q), q).toContain("Outlook for a Machine Learning Engineer");
    expect(understand("what are the hot trends in ml").intent).toBe("trend");
  });

  it("reads how much more than another role as their pay side by side", () => {
    const q =
      'finance keeps telling me "ml" roles need a special budget. how much more than a regular software engineer are we actually talking?';
    expect(understand(q).intent).toBe("payCompare");
    expect(answerText(q)).toContain("Pay: Machine Learning Engineer vs Software Engineer");
    expect(understand("how much more math does a data scientist need than a data analyst?").intent).not.toBe(
      "payCompare",
    );
  });

  it("answers the role's tools first where a tool is only guessed at", () => {
    const text = answerText(
      "which tools do ml people use day to day, is it all `pytorch` now? want the JD to not sound dumb",
    );
    expect(text).toContain("Tools and frameworks a Machine Learning Engineer uses");
    expect(text).toContain("PyTorch");
    expect(answerText("do ml engineers need pytorch?")).toContain("PyTorch for a Machine Learning Engineer");
  });
});

describe("what the asker's team pays a role", () => {
  it("is its pay", () => {
    expect(
      understand("for our first security hire, what should we pay an information security analyst?").intent,
    ).toBe("salary");
    expect(understand("how much should we offer a senior sre?").intent).toBe("salary");
  });
});
