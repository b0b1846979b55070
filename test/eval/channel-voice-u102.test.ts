import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { understand } from "../support/questions.js";

// u102: a busy #careers channel (a colleague's line quoted with "> ", the bot @-mentioned mid-message, a
// recruiter who reached out) and worried or sarcastic askers who bury the question. What depends on a quote,
// a mention, capitals or punctuation is tested here; the rest is in the tuning corpus (t11600–t11618).
describe.skipIf(!officialLayerInstalled)("channel voice and buried questions (u102)", () => {
  it("reads 'what does it actually pay' after a colleague's quoted line as that role's pay", () => {
    for (const [q, heading] of [
      [
        "> network admin is a solid path tbh, way less leetcode\nok but <@U0123ABC> what does it actually pay",
        "Network Administrator pay:",
      ],
      [
        "> network admin is a solid path tbh, way less leetcode   ok but <@U0123ABC> what does it actually pay",
        "Network Administrator pay:",
      ],
      ["> data analyst is a solid path tbh.\n<@U0123ABC> what does it actually pay", "Data Analyst pay:"],
    ] as const) {
      const text = saidWithLayer(q);
      expect(text, q).toContain(heading);
      expect(text, q).not.toContain("does:");
    }
    // What it does, asked beside, is still answered with the pay.
    expect(understand("network admin. what does it do and what does it pay").intent).toBe("salary");
  });

  it("never reads a recruiter who just reached out or DM'd as a job asked about", () => {
    const text = saidWithLayer("microsoft cloud architect pay? recruiter just reached out :eyes:");
    expect(text).toContain("No figures for Microsoft");
    expect(text).not.toContain("Human Resources Specialists");
    const dm = saidWithLayer("cloud architect pay? a recruiter just dm'd me");
    expect(dm).toContain("Cloud Architect pay:");
    expect(dm).not.toContain("Human Resources Specialists");
    // A recruiter's own pay is still asked where the recruiter is the job.
    expect(saidWithLayer("recruiter pay?")).toContain("Human Resources Specialists (SOC 13-1071)");
  });

  it("sets no liking of the asker's beside the job asked", () => {
    const text = saidWithLayer(
      "<@U0123ABC> technical writer salary + outlook? i like docs more than code honestly :memo:",
    );
    expect(text).toContain("Technical Writers (SOC 27-3042)");
    expect(text).not.toContain("code honestly");
  });

  it("reads no gathering after 'at' as an employer", () => {
    const text = saidWithLayer(
      "my friend at salesforce says PMs there make 200+. is that real or is she flexing on me at brunch again",
    );
    expect(text).toContain("No figures for Salesforce:");
    expect(text).not.toMatch(/brunch/i);
  });

  it("answers the job asked, not the one the asker is, after 'asking for'", () => {
    const text = saidWithLayer(
      "paralegal pay and outlook? asking for a burned out data analyst (it's me, i'm the burned out data analyst)",
    );
    expect(text).toContain("Paralegals and Legal Assistants (SOC 23-2011)");
    expect(text).not.toContain("Data Analyst pay");
    // Asked for a friend before the jobs, both are still asked.
    expect(
      understand("asking for a friend: data analyst vs data scientist pay?").roles.map((r) => r.id),
    ).toEqual(["data-analyst", "data-scientist"]);
  });

  it("reads work handed or lost to AI as the threat, never a move into the AI role", () => {
    const text = saidWithLayer(
      "what does a technical writer make? probably the first thing they'll hand to AI but asking anyway",
    );
    expect(text).toContain("Technical Writers (SOC 27-3042)");
    expect(text).not.toContain("Machine Learning Engineer");
  });

  it("answers the job a message names in passing and then asks of, not the first named", () => {
    const text = saidWithLayer(
      "plumbers and electricians out here making bank apparently :joy: <@U0123ABC> what does an electrician actually make",
    );
    expect(text).toContain("Electricians (SOC 47-2111)");
    expect(text).not.toContain("Plumbers, Pipefitters, and Steamfitters (SOC 47-2152)");
    // Each named once, both asked.
    expect(saidWithLayer("how much do pharmacy techs and pharmacists make")).toContain("Beside Pharmacists");
  });
});
