import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// A review of the rules this session added found each of these read more than its comment promised; each
// was confirmed against the commit before them and narrowed.
describe.skipIf(!officialLayerInstalled)("rules of the session, kept to what they say", () => {
  it("reads two bare counts of years as spans of time, not two levels' pay", () => {
    for (const q of [
      "should i do 1 year or 5 years of school for swe",
      "will swe salaries go up in 1 year or 5 years",
    ])
      expect(saidWithLayer(q), q).not.toMatch(/Entry level vs .*Senior level/);
    expect(saidWithLayer("what does a swe make starting out vs after 10 years")).toMatch(
      /Entry level vs .*Senior level/,
    );
  });

  it("keeps 'da' as dental assistants unless it stands as a data job held", () => {
    expect(saidWithLayer("what does a da make")).toContain("Dental Assistants");
    expect(saidWithLayer("should i be a dental hygienist or da")).not.toContain("Data Analyst");
    expect(saidWithLayer("im a da, should i go ds")).toContain("From Data Analyst to Data Scientist");
  });

  it("keeps an employer before a job's word named as the employer asked of", () => {
    expect(saidWithLayer("what does an amazon driver make")).toContain("No figures for Amazon");
  });

  it("reads applying for jobs as no question of what carries over", () => {
    const said = saidWithLayer(
      "i work in a warehouse, want to move into IT",
      "which is easier, help desk or network admin",
      "with my background should i apply now or get a cert first",
    );
    expect(said).not.toMatch(/What carries over/);
  });

  it("weighs a topic made harder, not the way in", () => {
    for (const q of [
      "which has harder math, data scientist or ml engineer",
      "which has a harder workload, sre or devops",
    ])
      expect(saidWithLayer(q), q).not.toMatch(/to enter, by BLS's Employment Projections/);
    expect(saidWithLayer("is qa easier than data analyst")).toMatch(
      /to enter.*by BLS's Employment Projections/,
    );
  });

  it("keeps 'lead' a verb when something follows that one leads", () => {
    expect(saidWithLayer("should an ml engineer lead code reviews")).not.toContain(
      "Lead Machine Learning Engineer",
    );
    expect(saidWithLayer("will machine learning lead companies to cut jobs")).not.toContain(
      "Lead Machine Learning Engineer",
    );
    expect(saidWithLayer("mle lead pay")).toContain("Lead Machine Learning Engineer pay");
  });

  it("reads 'what else is there in the job' as a question of the work, not a list of roles", () => {
    expect(
      saidWithLayer("what does a sysadmin do", "what else is there in the job besides fixing servers"),
    ).not.toMatch(/Roles I know|other IT roles I know/);
  });

  it("says once, per level, which levels have no figure", () => {
    const said = saidWithLayer("what does a swe make starting out vs after 10 years");
    expect(said).not.toContain("not the first year's");
  });
});
