import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// left5 #1: "from healthcare to data analyst" gave Data Analyst's career path, "moving from banking into
// cybersecurity" only the way in, the start dropped. A line of business where a move starts is said to be
// one, with no one occupation's figures, and the move answered as "from fast food to it support" is: the
// target's pay and outlook side by side, then what it needs. A workplace whose workers' title names one
// occupation ("fast food") stays that occupation. So is where the asker says they work ("i work in
// healthcare, want to be a data analyst").
describe("a line of business where a move starts", () => {
  it.skipIf(!officialLayerInstalled).each([
    ["from healthcare to data analyst", "From healthcare to Data Analyst", "$120,230"],
    ["moving from banking into cybersecurity", "From banking to Information Security Analyst", "$129,180"],
    ["call center to it support worth it?", "From call center to IT Support Specialist", "$61,860"],
    [
      "should i move from finance into data engineering",
      "From finance to Software Data Engineer",
      "$139,500",
    ],
    ["leaving hospitality for data analytics", "From hospitality to Data Analyst", "$120,230"],
    // Where the asker works, said of themselves, is where the move starts as "from" says.
    ["i work in healthcare, want to be a data analyst", "From healthcare to Data Analyst", "$120,230"],
    [
      "i work in a call center, could i get into it support",
      "From call center to IT Support Specialist",
      "$61,860",
    ],
  ])("%s: said to be a line of business, the target weighed", (asked, heading, pay) => {
    const said = saidWithLayer(asked);
    expect(said).toContain(heading);
    expect(said).toContain("is a line of business, not one job");
    expect(said).toContain("Pay side by side");
    expect(said).toContain(pay);
    expect(said).toContain("To learn:");
  });

  it.skipIf(!officialLayerInstalled).each([
    ["from fast food to it support", "From Fast Food and Counter Workers to IT Support Specialist"],
    ["from retail to software engineer", "From Retail Salespersons to Software Engineer"],
    ["from nursing to data analyst", "From Registered Nurses to Data Analyst"],
  ])("%s: a workplace's workers, or a field's occupation, still", (asked, heading) => {
    expect(saidWithLayer(asked)).toContain(heading);
  });

  it.skipIf(!officialLayerInstalled).each([
    ["healthcare data analyst salary", "Data Analyst pay:"],
    ["banking data scientist salary", "No figures by kind of company"],
    // The job done there is no move's end.
    ["i work in healthcare as a data analyst", "Data Analyst"],
  ])("%s: no move, no start read", (asked, said) => {
    const text = saidWithLayer(asked);
    expect(text).toContain(said);
    expect(text).not.toContain("line of business");
  });
});
