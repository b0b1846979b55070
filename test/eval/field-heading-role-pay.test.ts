import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// left5 #2: "retail data analyst salary" set Retail Salespersons against Data Analyst. A field's name
// heading a role's pay, as a job board's headline puts it, is the line of business the role is in: the
// role's pay alone. Right before a role with nothing after ("hr -> data analyst") it is still a side of a
// move, and a field's own occupation ("retail sales salary") is that occupation.
describe("a field's name heading a role's pay", () => {
  it.skipIf(!officialLayerInstalled).each([
    ["retail data analyst salary", "Data Analyst pay:"],
    ["marketing data analyst salary", "Data Analyst pay:"],
    ["hr data analyst pay", "Data Analyst pay:"],
  ])("%s: the role's pay, no second job", (asked, heading) => {
    const said = saidWithLayer(asked);
    expect(said).toContain(heading);
    expect(said).not.toMatch(/Retail Salespersons|Marketing Specialists|Human Resources Specialists/);
  });

  it.skipIf(!officialLayerInstalled).each([
    ["retail manager salary", "First-Line Supervisors of Retail Sales Workers"],
    ["retail sales salary", "Retail Salespersons (SOC 41-2031)"],
    ["hr -> data analyst", "From Human Resources Specialists to Data Analyst"],
  ])("%s: an occupation or a move still", (asked, heading) => {
    expect(saidWithLayer(asked)).toContain(heading);
  });
});
