import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// left5 #6: "is `oracle` worth learning for dba" answered what a DBA does "not at Oracle in particular". An
// employer's name said as what to learn, or weighed against a tool, is that product; pay at it, or an
// employer weighed against an employer, stays the employer.
describe("an employer's product asked about as something to learn", () => {
  it.skipIf(!officialLayerInstalled).each([
    ["is `oracle` worth learning for dba", "Skills for a Database Administrator"],
    ["should i learn `servicenow` for it support", "Skills for an IT Support Specialist"],
    ["oracle vs postgres for a dba", "Database Administrator"],
  ])("%s: no employer", (asked, said) => {
    const text = saidWithLayer(asked);
    expect(text).toContain(said);
    expect(text).not.toMatch(/at (Oracle|ServiceNow) in particular|No figures for/);
  });

  it.skipIf(!officialLayerInstalled).each([
    ["how much does oracle pay a dba", "No figures for Oracle"],
    ["data analyst salary at oracle", "No figures for Oracle"],
    ["oracle vs google pay for swe", "No figures for Oracle or Google"],
  ])("%s: the employer still", (asked, said) => {
    expect(saidWithLayer(asked)).toContain(said);
  });
});
