import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { lastAnswerText } from "../support/questions.js";

// Found by an unseen check (r92): "SRE offer at Datadog nyc, what should I ask for" answered with what an SRE
// does. What to ask for beside an offer is the pay to ask, and the employer named is the pay's.
describe("what to ask for beside an offer", () => {
  it.each([
    ["SRE offer at Datadog nyc, what should I ask for", "No figures for Datadog"],
    ["sre offer from acme, what should i ask for", "No figures for Acme"],
  ])("%s", (asked, said) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(said);
    expect(text).toContain("Site Reliability Engineer pay");
  });

  it("leaves what to ask in an interview", () => {
    expect(lastAnswerText("what should i ask for in an interview for sre")).not.toContain("pay:");
  });
});

// Found by an unseen check (r95): "ok compare it with data sciensit" after ML pay, "compare that w netwrk
// administrator" after electricians' pay were read as the compare command and answered "I don't know a role
// called …" ("that", a misspelt name). A side pointing at the thread's role is read with the thread.
describe("compare it with another role", () => {
  it("sets the thread's role beside the one named", () => {
    expect(lastAnswerText("mle pay", "compare it with data scientist")).toContain(
      "Machine Learning Engineer vs Data Scientist",
    );
  });

  it.skipIf(!officialLayerInstalled)("does so for an occupation the thread held", () => {
    expect(
      saidWithLayer("what does an electrician make in ohio", "compare that w netwrk administrator"),
    ).toContain("Beside Network Administrator");
  });
});

// Same check: "nah i meant the first one" after a pay comparison answered with a section on back-end pay;
// "nah" opens a correction as "no" does.
describe("a correction opened with 'nah'", () => {
  it("picks the first of the roles compared", () => {
    expect(lastAnswerText("qa vs sre pay in chicago", "nah i meant the first one")).toContain(
      "QA Engineer pay",
    );
  });
});

// Same check: "is it IT though?" after dental hygienists' figures answered with a ranking of IT roles; "is
// infosec analyst IT too?" with the analysts' pay. Whether a job counts as IT is answered of it.
describe("whether the thread's job counts as IT", () => {
  it.skipIf(!officialLayerInstalled)("says an occupation outside the computer occupations is not IT", () => {
    expect(saidWithLayer("how much do dental hygienists make", "is it IT though?")).toContain(
      "No: Dental Hygienists (SOC 29-1292) is not an IT occupation",
    );
  });

  it("answers of a role named with 'too'", () => {
    expect(lastAnswerText("cloud architect pay", "is infosec analyst IT too?")).toContain(
      "Yes: Information Security Analyst is one of the roles I count as IT",
    );
  });
});
