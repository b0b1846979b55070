import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// u91: long, rambling messages whose question was lost to the story around it, or whose story was read as
// an employer or a job. Each message here is a variant of the unseen check's, not its sentence.
const said = saidWithLayer;
const withLayer = it.skipIf(!officialLayerInstalled);

describe("an employer's pay asked among sentences that only tell", () => {
  withLayer("is that employer's pay of the role, not a move from the job held", () => {
    const text = said(
      "got an interview at Lakeshore Mutual for a data analyst role. i'm a claims adjuster now (5 yrs, 55k) and did some sql courses. what does Lakeshore Mutual pay data analysts?? don't want to lowball myself",
    );
    expect(text).toContain("No figures for Lakeshore Mutual");
    expect(text).toContain("Data Analyst pay");
    expect(text).not.toContain("From Claims Adjusters");
  });

  withLayer("keeps the role asked of where the story names another", () => {
    const text = said(
      "senior network engineer in austin at 120k. a recruiter from Ridgeline Telecom reached out about a cloud architect role, and my boss mentions a network architect promo. what would Ridgeline pay a cloud architect? trying to decide",
    );
    expect(text).toContain("No figures for Ridgeline");
    expect(text).toContain("Cloud Architect pay");
    expect(text).not.toContain("From Network Architect");
  });

  withLayer("reads a listed employer so too, however the story leans", () => {
    const text = said(
      "was a biologist for 8 yrs and did a stats masters. accenture offered me a data scientist role in denver. what does accenture pay data scientists? trying to see if they lowball me",
    );
    expect(text).toContain("No figures for Accenture");
    expect(text).toContain("Data Scientist pay");
  });

  withLayer("leaves a message with a second question, or of one sentence, as it was", () => {
    expect(said("what does google pay data analysts? and do they need sql?")).toContain("SQL");
    expect(said("i'm a claims adjuster. what does it pay to be a data analyst?")).toContain(
      "From Claims Adjusters",
    );
  });
});

describe("words of the story that name no employer", () => {
  withLayer("someone close who got a job posts none", () => {
    const text = said(
      "wife got a job in seattle so we're moving. what does a senior data engineer make there?",
    );
    expect(text).not.toContain("No figures for Wife");
    expect(said("my partner got a job at google. what does google pay data analysts?")).toContain(
      "No figures for Google",
    );
  });

  withLayer("a product before 'stuff', with the tools listed beside it, is what is worked with", () => {
    expect(
      said("network admin, 5 yrs, cisco stuff and vlans. what does a network admin make?"),
    ).not.toContain("No figures for Cisco");
    expect(said("should i move to data engineer, like databricks/emr stuff?")).not.toContain(
      "No figures for Databricks",
    );
    expect(said("what does cisco pay network engineers?")).toContain("No figures for Cisco");
  });

  withLayer("a site's account held is no employer", () => {
    expect(said("i have a github with some projects. how much does a data analyst make?")).not.toContain(
      "No figures for GitHub",
    );
    expect(said("what does github pay a software engineer")).toContain("No figures for GitHub");
  });

  withLayer("an 'or' that opens a question of its own, or a side naming a person, names no job", () => {
    const text = said(
      "been a sysadmin for 5 yrs. does it pay more at a bank usually or did my friend just get lucky?",
    );
    expect(text).not.toContain("names no role");
    expect(text).not.toContain("as a role I know");
    expect(
      said("what's a fair pay for a data analyst? i don't want to rip them off or get ripped off"),
    ).not.toContain("as a role I know");
  });

  withLayer("a verb done to a course, opening the message, is no occupation", () => {
    const text = said(
      "finishing my phd in chemistry, my parents want me to take an industry job. how does data scientist compare to research scientist in pay?",
    );
    expect(text).not.toContain("Finishers");
    expect(text).toContain("Data Scientist");
  });
});

describe("the question asked, kept from the story around it", () => {
  withLayer("AI said to take one's job is feared, no role asked of", () => {
    const text = said(
      "i've been a payroll clerk 10 yrs. people keep saying AI is going to take my job. what's the outlook for bookkeepers?",
    );
    expect(text).toContain("Bookkeeping, Accounting, and Auditing Clerks");
    expect(text).not.toContain("Machine Learning Engineer");
  });

  withLayer("pay only told, the outlook asked by name: the outlook", () => {
    const text = said(
      "otr trucker 10 yrs, making ~65k. my daughter says learn coding. what's the outlook for truckers with self driving trucks coming?",
    );
    expect(text).toContain("Projected employment change, heavy and tractor-trailer truck drivers");
    expect(text).not.toContain("where $65,000 a year stands");
    // Pay asked beside the outlook still weighs the amount.
    expect(said("i make 60k as a data analyst, what's the outlook and is that pay ok?")).toContain("$60,000");
  });

  withLayer("a job held once, told before two roles compared, is the story", () => {
    expect(said("used to be a dental assistant. compare data analyst vs data scientist?")).toContain(
      "Data Analyst vs Data Scientist",
    );
    expect(
      said(
        "bootcamp grad, used to be a vet tech. can you compare mobile developer vs front end developer? pay, demand",
        "whats the outlook like for the first one specifically",
      ),
    ).toContain("Outlook for a Mobile Developer");
  });

  withLayer("a move said 'from X to Y' keeps its end, whatever was compared before", () => {
    const text = said(
      "backend engineer, 5 yrs, python. i like talking to customers more than coding now. should i switch from swe to product manager?",
    );
    expect(text).toContain("to Product Manager");
  });
});
