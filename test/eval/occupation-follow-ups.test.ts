import { describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// A follow-up about the occupation a thread is on leads with what it asks, not the whole answer
// again led by pay; after the occupation held set beside the role a move leads to, follow-ups are the role's;
// "the it one" after IT set against a role is the field's side. Occupations beyond the curated roles' need
// the whole official layer: imported once from the agencies' files beside the repository, as `eval:probe`
// does (test/support/official-layer.ts), and skipped only where neither is there. Figures are read from the layer.
const outlook = (soc: string) => knowledgeWithLayer().official?.bySoc.get(soc)?.outlook;

describe.skipIf(!officialLayerInstalled)("a follow-up about an occupation", () => {
  it("leads 'growing or shrinking?' after a pharmacist's pay with its projected change and openings", () => {
    const answer = saidWithLayer("pharmacist salary", "growing or shrinking?");
    const lines = answer.split("\n");
    const lead = lines.findIndex((l) => l.startsWith("Growing, by BLS Employment Projections"));
    expect(lead).toBeGreaterThan(-1);
    expect(lead).toBeLessThan(lines.findIndex((l) => l.startsWith("Pay (base pay only)")));
    expect(lines[lead]).toContain(`${outlook("29-1051")?.changePercent}%`);
    expect(lines[lead]).toContain("openings projected each year");
  });

  it("says a declining occupation declines", () => {
    const answer = saidWithLayer("cashier pay", "is it shrinking?");
    expect(answer).toContain("Declining, by BLS Employment Projections");
  });

  it("answers what people do before becoming one with the way in, saying no source maps its path", () => {
    const answer = saidWithLayer(
      "it manager salary chicago",
      "is that field growing",
      "what do ppl usually do before becoming one",
    );
    expect(answer).toContain(
      "No source here maps a career path for Computer and Information Systems Managers",
    );
    expect(answer).toContain(
      `work experience in a related occupation, ${outlook("11-3021")?.experience?.toLowerCase()}`,
    );
  });
});

describe.skipIf(!officialLayerInstalled)("follow-ups after the occupation held set beside a role", () => {
  it("answers the ladder and the degree of Front-End Developer, not the barista's occupation again", () => {
    const opening = "barista rn, self taught html/css/js. whats a junior frontend dev make vs what im making";
    const ladder = saidWithLayer(opening, "ok whats the ladder after junior");
    expect(ladder).toContain("Career path for a Front-End Developer");
    expect(ladder).not.toContain("Fast Food and Counter Workers");
    const degree = saidWithLayer(
      opening,
      "ok whats the ladder after junior",
      "do i need a cs degree for it or nah",
    );
    expect(degree).toContain("Education for a Front-End Developer");
    expect(degree).not.toContain("Fast Food and Counter Workers");
  });
});

describe.skipIf(!officialLayerInstalled)("the IT side of IT set against a role, picked", () => {
  it("answers the certifications of the usual way into IT, saying so, not the software engineer's", () => {
    const answer = saidWithLayer(
      "whats the difference between working in IT and being a software engineer? pay wise",
      "which has more openings",
      "the it one — what certs matter",
    );
    expect(answer).toContain("IT support is the usual way into IT");
    expect(answer).not.toContain("Software Engineer");
  });
});

// "vs plumbers?" after an SRE's pay, "and compared to what accountants make?" after a move from accountant
// into data science: the occupation named is set against the thread's role, whose figures stay beside it
// (they were dropped: the occupation's figures alone).
describe.skipIf(!officialLayerInstalled)("an occupation named against the thread's role", () => {
  it("sets the thread's role beside the occupation named", () => {
    expect(saidWithLayer("sre salary", "vs plumbers?")).toContain(
      "Beside Site Reliability Engineer: median annual wage, computer occupations, all other (US)",
    );
    expect(saidWithLayer("data analyst outlook", "how does that compare to nurses")).toContain(
      "Beside Data Analyst:",
    );
  });

  it("sets the occupation a move started from, named again, beside where it led", () => {
    expect(
      saidWithLayer(
        "im an accountant at deloitte. what would a data scientist make at deloitte",
        "and compared to what accountants make?",
      ),
    ).toContain("Beside Data Scientist: median annual wage, data scientists (US)");
  });
});

// A question weighing a thread's occupation against its role ("which one has more openings" after a move
// from nursing into data analyst, "which one is growing more" after "accountant vs data analyst salary")
// answered one side alone, or read "tho" as a topic; both sides are weighed, on the figures BLS gives.
describe.skipIf(!officialLayerInstalled)("an occupation and a role weighed in their thread", () => {
  const rnMove =
    "ive been an RN for 6 yrs and im burnt out, thinking of moving into data analytics. is it worth it money wise??";

  it("sets both outlooks side by side after a move, saying which has more openings", () => {
    const answer = saidWithLayer(rnMove, "ok what about growth tho, which one has more openings");
    expect(answer).toContain("On BLS's projected openings each year, 2024–34, Registered Nurses have more");
    expect(answer).toContain("Outlook for Registered Nurses:");
    expect(answer).toContain(`registered nurses, 2024–34: ${outlook("29-1141")?.changePercent}%`);
    expect(answer).toContain("Outlook for a Data Analyst:");
    expect(answer).not.toContain("nothing on");
  });

  it("weighs their schooling next, the occupation still beside the role", () => {
    const answer = saidWithLayer(
      rnMove,
      "ok what about growth tho, which one has more openings",
      "which one needs more school",
    );
    expect(answer).toContain(
      "They ask the same schooling to enter, by BLS's typical entry-level education: Registered Nurses, bachelor's degree; Data Analyst, bachelor's degree.",
    );
  });

  it("weighs their outlook after the occupation a move started from was set beside where it led", () => {
    const outlookAnswer = saidWithLayer(
      "im an accountant at deloitte. what would a data scientist make at deloitte",
      "and compared to what accountants make?",
      "which one is safer long term",
    );
    expect(outlookAnswer).toContain("Data Scientist grows faster");
    expect(outlookAnswer).toContain("Outlook for Accountants and Auditors:");
  });

  it("weighs the growth of both after an occupation set against a role on pay", () => {
    const answer = saidWithLayer(
      "acountant vs data analyts salary? trying to decide my major :books:",
      "and which one is growing more",
    );
    expect(answer).toContain(
      `Data Analyst grows faster: Data Analyst 33.5% (data scientists), Accountants and Auditors ${outlook("13-2011")?.changePercent}%.`,
    );
  });

  it("says an occupation's plural title in the verdict's number", () => {
    expect(saidWithLayer("electrician vs network admin pay", "which one needs less schooling")).toContain(
      "Electricians ask less schooling to enter",
    );
  });
});
// Past bug: "nurse practioner vs rn" read the nurse alone ("No official figures for “practioner”"), and
// "and electricians?" opening a long follow-up was an aside, so the forklift's figures came again.
describe.skipIf(!officialLayerInstalled)(
  "an occupation typed with a slip, or opening a long follow-up",
  () => {
    it("reads a misspelt title of several words as its occupation, beside the other side", () => {
      const text = saidWithLayer("nurse practioner vs rn pay, big difference?");
      expect(text).toContain("“nurse practioner” is read as Nurse Practitioners (SOC 29-1171)");
      expect(text).toContain("Beside Registered Nurses");
      expect(text).not.toContain("No official figures for “practioner”");
      const there = saidWithLayer("nurse practioner vs rn pay, big difference?", "what about in texas");
      expect(there).toContain("No figures for Texas");
      expect(there).toContain("Beside Registered Nurses");
    });

    it("reads 'rn' set against a job as the nurse, last in the message too", () => {
      expect(saidWithLayer("nurse practitioner vs rn")).toContain("Beside Registered Nurses");
    });

    it("answers a job opening a long follow-up, not the thread's last one", () => {
      const text = saidWithLayer(
        "warehouse worker in ohio pay",
        "what about a forklift driver",
        "is it growing at least",
        "hmm ok. and electricians? my cousin says apprenticeship is better than doing cs lol",
      );
      expect(text.split("\n")[0]).toBe("Electricians (SOC 47-2111): official US figures");
    });
  },
);
