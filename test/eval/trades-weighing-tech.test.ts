import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { lastAnswerText } from "../support/questions.js";

// Found by round r101 (people in trades and other occupations weighing tech). "hvac technician vs it suport
// specialist pay" read HVAC technicians as Construction Laborers: the occupations list filed the title under
// construction workers, and O*NET lists the worker as "HVAC Tech" only. The full word is the short title.
describe("a title typed with 'technician' where O*NET lists 'tech'", () => {
  it.skipIf(!officialLayerInstalled).each([
    [
      "hvac technician salary",
      "Heating, Air Conditioning, and Refrigeration Mechanics and Installers (SOC 49-9021)",
    ],
    ["hvac technician vs it suport specialist pay", "Beside IT Support Specialist"],
    ["ekg technician pay", "Cardiovascular Technologists and Technicians (SOC 29-2031)"],
    ["dental lab technician salary", "Dental Laboratory Technicians (SOC 51-9081)"],
  ])("%s", (asked, said) => {
    const text = saidWithLayer(asked);
    expect(text).toContain(said);
    expect(text).not.toContain("Construction Laborers");
  });

  it.skipIf(!officialLayerInstalled)("leaves a title O*NET lists in full, and construction workers", () => {
    expect(saidWithLayer("pharmacy technician pay")).toContain("Pharmacy Technicians (SOC 29-2052)");
    expect(saidWithLayer("construction worker salary")).toContain("Construction Laborers (SOC 47-2061)");
  });
});

// Same round: "what skills would i need" after accountants set beside Data Analyst gave the accountants'
// card again. The occupation has no skills list: the skills asked are the role's set beside it.
describe("skills asked after an occupation set beside a role", () => {
  it.skipIf(!officialLayerInstalled)("are the role's", () => {
    expect(
      saidWithLayer(
        "what's the outlook for accountants",
        "how does that compare to data analyst",
        "what skills would i need",
      ),
    ).toContain("Skills for a Data Analyst");
    expect(saidWithLayer("paralegal vs security analyst", "what tools do i need to learn")).toContain(
      "Skills for an Information Security Analyst",
    );
  });

  it.skipIf(!officialLayerInstalled)("stay the occupation's card with no role beside it", () => {
    expect(saidWithLayer("plumber salary", "what skills do they need")).toContain(
      "Plumbers, Pipefitters, and Steamfitters (SOC 47-2152)",
    );
  });
});

// Same round: "im a diesel mechanic, how big a jump is that from what i make" after a software engineer's
// pay gave the mechanics' figures alone. How far pay goes from the job held is set against the thread's role.
describe("a pay jump from the job held, after a role's pay", () => {
  it.skipIf(!officialLayerInstalled).each([
    [
      [
        "how much do software engineers make",
        "im a diesel mechanic, how big a jump is that from what i make",
      ],
      "Beside Software Engineer",
    ],
    [
      ["data analyst salary", "i'm a paralegal, how much more is that than what i make"],
      "Beside Data Analyst",
    ],
  ])("%j", (messages, said) => {
    expect(saidWithLayer(...messages)).toContain(said);
  });

  it.skipIf(!officialLayerInstalled)("is not read into the job's own pay asked", () => {
    expect(
      saidWithLayer("how much do software engineers make", "im a nurse, what do nurses make"),
    ).not.toContain("Beside Software Engineer");
  });
});

// Same round: "should i switch to `data analyst` or stay put?" after "i'm an accountant" set the two side by
// side as a comparison. A move weighed against staying is the move (both sides' pay and outlook, the gap).
describe("a move into a role weighed against staying", () => {
  it.skipIf(!officialLayerInstalled).each([
    [
      ["i'm an accountant with 10 years exp", "should i switch to `data analyst` or stay put?"],
      "From Accountants and Auditors to Data Analyst",
    ],
    [
      ["im a paralegal", "should i move into security analyst or stay where i am"],
      "From Paralegals and Legal Assistants to Information Security Analyst",
    ],
  ])("%j", (messages, said) => {
    const text = saidWithLayer(...messages);
    expect(text).toContain(said);
    expect(text).toContain("Outlook side by side");
  });

  it.skipIf(!officialLayerInstalled)("leaves a role set beside the occupation", () => {
    expect(saidWithLayer("dental hygienist salary", "vs a dba?")).toContain("Beside Database Administrator");
  });
});

// Same round: "what's the next step after that" after a move into IT support gave the move again. Where the
// move's end goes on is its path.
describe("the next step after a move", () => {
  it.skipIf(!officialLayerInstalled)("is the path on from where the move led, from an occupation", () => {
    expect(
      saidWithLayer("im an hvac tech, how do i get into it support", "whats the next step after that"),
    ).toContain("Career path for an IT Support Specialist");
  });

  it("is so after a move between roles", () => {
    expect(lastAnswerText("how do i go from qa engineer to devops", "where do i go from there")).toContain(
      "Career path for a DevOps Engineer",
    );
  });

  it("leaves what to learn after it to the move", () => {
    expect(
      lastAnswerText("how do i go from qa engineer to devops", "what should i learn after that"),
    ).toContain("From QA Engineer to DevOps Engineer");
  });
});

// Same round: "dental hygienist asking: how much do entry level IT jobs pay" gave the hygienists' figures; "hvac
// guy here, could i move into system administration?" lost the trade. Who asks, said so, is no job asked about.
describe("who asks, said before the question", () => {
  it.skipIf(!officialLayerInstalled)("'<job> asking' is the job held", () => {
    expect(saidWithLayer("dental hygienist asking: how much do entry level IT jobs pay")).toContain(
      "Entry-level roles: those that need no degree",
    );
    expect(saidWithLayer("teacher asking: is data analyst a good switch")).toContain(
      "From teacher to Data Analyst",
    );
    // The job's own pay asked by one who holds it is still its figures.
    expect(saidWithLayer("paralegal asking, how much do paralegals make")).toContain(
      "Paralegals and Legal Assistants (SOC 23-2011)",
    );
  });

  it.skipIf(!officialLayerInstalled)("'<trade> guy here' is the trade's occupation", () => {
    expect(
      saidWithLayer("hvac guy here, could i move into system administration? what would i make"),
    ).toContain(
      "From Heating, Air Conditioning, and Refrigeration Mechanics and Installers to System Administrator",
    );
    // "data guy here" names no trade.
    expect(saidWithLayer("data guy here, what does a data engineer make")).toContain(
      "Software Data Engineer pay",
    );
  });
});

// Same round: "plumber vs data analyst" in a thread about HVAC techs set plumbers beside HVAC techs, the role
// named dropped. The thread's occupation is the other side only where the message names none.
describe("an occupation set against a role in another occupation's thread", () => {
  it.skipIf(!officialLayerInstalled)("is set against the role named", () => {
    const text = saidWithLayer("hvac tech salary", "plumber vs data analyst");
    expect(text).toContain("Beside Data Analyst");
    expect(text).not.toContain("Beside Heating");
  });

  it.skipIf(!officialLayerInstalled)(
    "is set against the thread's occupation when nothing else is named",
    () => {
      expect(saidWithLayer("electrician salary", "vs plumber?")).toContain("Beside Electricians");
    },
  );
});
