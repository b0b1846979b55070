import { describe, expect, it } from "vitest";
import { rankedTitles, TitleIndex } from "../../src/official/titles.js";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "devrel" was answered with Urban and Regional Planners' figures, because O*NET lists
// "Developer Advocate" among that occupation's other names. A title that shares no word with what an
// occupation is called is another job of the same name, never a reading of the tech job.
describe("a tech job O*NET lists only under an unrelated occupation", () => {
  const index = new TitleIndex(
    [
      {
        soc: "19-3051",
        title: "Urban and Regional Planners",
        featured: "Community Development Planner",
        titles: "Developer Advocate",
      },
      {
        soc: "45-4011",
        title: "Forest and Conservation Workers",
        featured: "Forest Worker",
        titles: "Growth Hacker",
      },
      { soc: "53-3032", title: "Heavy and Tractor-Trailer Truck Drivers", titles: "Trucker" },
      {
        soc: "11-9141",
        title: "Property, Real Estate, and Community Association Managers",
        featured: "Community Manager",
      },
    ].map((o) =>
      rankedTitles({
        soc: o.soc,
        title: o.title,
        onet: { featuredTitles: o.featured, titles: o.titles ?? "", subTitles: "" },
      }),
    ),
  );

  it("is no plain name of that occupation; a name that shares its words or is featured is", () => {
    // Outside the computer occupations (SOC 15-) a title is read as an occupation only where it names it plainly.
    expect(index.readsAs("developer advocate", "19-3051")).toBe(false);
    expect(index.readsAs("growth hackers", "45-4011")).toBe(false);
    expect(index.readsAs("trucker", "53-3032")).toBe(true);
    expect(index.readsAs("community manager", "11-9141")).toBe(true);
    expect(index.readsAs("urban planner", "19-3051")).toBe(false);
  });

  it("is answered as a job not covered, with the closest roles, never another occupation's figures", () => {
    for (const q of [
      "pivot from swe into devrel",
      "developer relations salary",
      "qa engineer to developer advocate?",
    ]) {
      const text = lastAnswerText(q);
      expect(text).toContain("I don't cover Developer Advocates yet.");
      expect(text).toContain("The closest roles I know: Software Engineer, Full Stack Developer.");
      expect(text).not.toContain("Urban and Regional Planners");
    }
  });
});

// Past bug: "Moving from DevOps to platform engineering?" was asked where to, as if nothing were named.
describe("a field named as where a move leads", () => {
  it("reads 'platform engineering' as Platform Engineer, with the closest roles", () => {
    const text = lastAnswerText("Moving from DevOps to platform engineering?");
    expect(text).toContain("I don't cover Platform Engineers yet.");
    expect(text).toContain(
      "The closest roles I know: Site Reliability Engineer, DevOps Engineer, Cloud Architect.",
    );
    expect(text).not.toContain("Which role do you want to move to");
  });
});
