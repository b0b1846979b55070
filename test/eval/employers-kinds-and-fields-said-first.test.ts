import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// An employer no list names, asked what it pays ("what does kaiser pay") or paying "their" people ("what
// does epic pay their devs / implementation folks"): no figures for it first, never "I don't cover kaisers".
describe("an employer asked what it pays", () => {
  it.skipIf(!officialLayerInstalled)(
    "says it has no figures for the employer, never that it is a job",
    () => {
      const kaiser = saidWithLayer("what does kaiser pay");
      expect(kaiser).toContain("No figures for Kaiser");
      expect(kaiser).toContain("Which role at Kaiser do you mean?");
      expect(kaiser).not.toContain("I don't cover");
      const epic = saidWithLayer("what does epic pay their devs / implementation folks");
      expect(epic).toMatch(/^No figures for Epic/);
      expect(epic).toContain("Median annual wage, software developers (US)");
      expect(epic).toContain("“implementation folks” names no role I know");
    },
  );
});

// IT's market this week, age or remote work weighed: what is not held is said first, then IT's own roles.
describe("what IT questions weigh that no source holds", () => {
  it.skipIf(!officialLayerInstalled)("layoffs: no live figures, then openings, never a pay ranking", () => {
    const said = saidWithLayer("any layoffs in IT lately");
    expect(said).toContain("I hold no live hiring or layoff figures");
    expect(said).toContain("IT roles with the most openings each year");
    expect(said).not.toContain("Best paid IT roles");
  });
  it.skipIf(!officialLayerInstalled)("age: nothing held on it, above the rows", () => {
    const said = saidWithLayer("real talk is IT even hiring older guys, im 47");
    const note = said.indexOf("The knowledge holds nothing on age");
    expect(note).toBeGreaterThan(-1);
    expect(note).toBeLessThan(said.indexOf("1. IT Support Specialist"));
  });
  it.skipIf(!officialLayerInstalled)(
    "remote work, 'it' in lower case: nothing held, then which IT role",
    () => {
      const said = saidWithLayer("is it all remote now or do u have to go in");
      expect(said).toMatch(/^The knowledge holds nothing on remote work\. Which IT role do you mean\?/);
    },
  );
});

// An occupation likened to a role it does not count: not the same job, with the role's work.
describe("an occupation likened to a curated role", () => {
  it.skipIf(!officialLayerInstalled)("says they are not the same job", () => {
    const said = saidWithLayer(
      "my boss says im basically a project management specialist, is that the same thing as a product manager",
    );
    expect(said).toContain("Not the same job: Project Management Specialists (SOC 13-1082)");
    expect(said).toContain("What a Product Manager does");
  });
});

// Where the job held is said loosely: "an hvac guy", "a lab tech (MLS, mostly micro)".
describe("a job held said loosely", () => {
  it.skipIf(!officialLayerInstalled)("reads a trade's person as the trade, into IT's side as IT", () => {
    const said = saidWithLayer(
      "could an hvac guy get into the building's facilities IT side? been doing hvac 12 yrs",
    );
    expect(said).toContain(
      "From Heating, Air Conditioning, and Refrigeration Mechanics and Installers to IT Support Specialist",
    );
    expect(saidWithLayer("what skills does a data person need")).toContain("Which data role do you mean?");
  });
  it.skipIf(!officialLayerInstalled)("narrows a loose title by the initials in brackets", () => {
    const said = saidWithLayer("im a lab tech (MLS, mostly micro) thinking about data analyst, realistic?");
    expect(said).toContain("From Clinical Laboratory Technologists and Technicians to Data Analyst");
    expect(said).not.toContain("Food Science Technicians");
    // The letters alone name no lab: a librarian's MLS stays a degree.
    expect(saidWithLayer("do i need an mls to be a librarian")).not.toContain("Clinical Laboratory");
  });
});

// A kind of an occupation's job beside another: the whole occupation's figures, said so.
describe("a kind of a job set beside another", () => {
  it.skipIf(!officialLayerInstalled)(
    "says travel nurses have no figures apart from registered nurses",
    () => {
      const said = saidWithLayer(
        "what do RNs make these days",
        "what about nurse practitioners and travel nurses",
      );
      expect(said).toContain("Nurse Practitioners (SOC 29-1171)");
      expect(said).toContain(
        "“travel nurses” is read as Registered Nurses: no source gives figures for travel nurses apart",
      );
    },
  );
});

// "the architect one instead" after a move: which architect, from the same start.
describe("a field picked instead of a move's end", () => {
  it.skipIf(!officialLayerInstalled)("asks which architect from the same start", () => {
    for (const reply of ["the architect one instead", "architect instead"])
      expect(saidWithLayer("should i move from sysadmin to devops", reply), reply).toContain(
        "Which architect role do you want to move to from System Administrator, instead of DevOps Engineer?",
      );
  });
});
