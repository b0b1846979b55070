import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// A job held said with the time spent in it ("been in kitchens 10 yrs", "been cooking for 10 years", "spent 6
// years in retail", "after 8 yrs of nursing", "10 yrs as a line cook") is where a move to the role named
// starts: both sides' pay and outlook, then what to learn, as "im a cook, thinking about front end" is
// answered. Before, the role's pay was answered alone, the job held dropped.
describe.skipIf(!officialLayerInstalled)("a job held said with the time spent in it", () => {
  it.each([
    [
      "been in kitchens 10 yrs, thinking about front end dev. does the math work out",
      "From Cooks, Restaurant to Front-End Developer",
    ],
    [
      "been cooking for 10 years, thinking about front end dev. does the math work out",
      "From cook to Front-End Developer",
    ],
    ["spent 6 years in retail, would data analyst pay more", "From Retail Salespersons to Data Analyst"],
    [
      "after 8 yrs of nursing, is software engineering worth it",
      "From Registered Nurses to Software Engineer",
    ],
    ["10 yrs as a line cook, would front end dev pay more", "From Cooks, Restaurant to Front-End Developer"],
    // The spell said after the job, joined by "of" or "for".
    [
      "nurse of 5 yrs, want out of healthcare. is data analyst realistic?",
      "From Registered Nurses to Data Analyst",
    ],
    // The title the asker gives is the job held, not the one the workplace stands for.
    [
      "been in kitchens 10 yrs, line cook then sous. could i get into IT support",
      "From Cooks, Restaurant to IT Support Specialist",
    ],
    [
      "been in marketing for 6 yrs, what about data analyst",
      "From Market Research Analysts and Marketing Specialists to Data Analyst",
    ],
    [
      "15 yrs driving trucks, how much does a network admin make",
      "From Heavy and Tractor-Trailer Truck Drivers to Network Administrator",
    ],
    ["spent 3 years as a data analyst, would data scientist pay more", "From Data Analyst to Data Scientist"],
  ])("%s → %s", (asked, move) => {
    const text = saidWithLayer(asked);
    expect(text).toContain(move);
    expect(text).toContain("Pay side by side");
    expect(text).toContain("Outlook side by side");
  });

  it("keeps the job held for a role weighed next", () => {
    expect(saidWithLayer("spent 6 years as a nurse", "what about data analyst?")).toContain(
      "From Registered Nurses to Data Analyst",
    );
  });

  it("sets the job held's own figures beside the role's", () => {
    const text = saidWithLayer("spent 6 years in retail, would data analyst pay more");
    expect(text).toContain("Median annual wage, retail salespersons (US): $35,410");
  });

  it.each([
    // A place, a meeting or a meal is no job held: the role's pay alone.
    "been in seattle 5 years, thinking about front end dev. does the math work out",
    "been in meetings all day, thinking about front end dev. does the math work out",
    "been cooking dinner, whats a front end dev make",
    "i cook a lot at home, whats a front end dev make",
  ])("%s → the role's pay alone", (asked) => {
    const text = saidWithLayer(asked);
    expect(text).toContain("Front-End Developer pay:");
    expect(text).not.toContain("side by side");
  });
});
