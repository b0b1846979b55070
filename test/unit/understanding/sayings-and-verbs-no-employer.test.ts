import { describe, expect, it } from "vitest";
import { answerText, understand } from "../../support/questions.js";

// fixB: "apples to apples, how does sre pay compare to devops" opened on "No figures for Apple" (and the pay
// asked became the roles' work), and "what i'm chasing as a data analyst" on "No figures for JPMorgan":
// the fruit of a saying and a verb's "-ing" form matched an employer's name.
describe("a saying's fruit and an everyday verb that match an employer's name", () => {
  it("name no employer, and the pay asked is still the pay", () => {
    const sayings = [
      "apples to apples, how does sre pay compare to devops",
      "Apples to apples: data analyst vs data scientist salary",
      "is that an apples to apples comparison of sre and devops pay",
      "sre vs devops pay, apples and oranges?",
    ];
    for (const q of sayings) {
      expect(understand(q).entities.employers).toEqual([]);
      expect(answerText(q)).toMatch(/^Pay: /);
    }
    expect(answerText("apples to apples, how does sre pay compare to devops")).not.toContain(
      "No figures for Apple",
    );
    for (const q of [
      "I was an accountant for 25 years. How does my old salary compare to what I'm chasing as a data analyst?",
      "im chasing a data analyst job, what does it pay",
      "got chased by recruiters for sre, what does it pay",
    ])
      expect(answerText(q)).not.toContain("No figures for JPMorgan");
  });

  it("still reads the employer where it is named as one", () => {
    expect(answerText("does apple pay sres more than google")).toContain("No figures for Apple or Google");
    expect(answerText("data analyst pay at chase")).toContain("No figures for JPMorgan");
    expect(answerText("chase data analyst salary")).toContain("No figures for JPMorgan");
    expect(answerText("boeing software engineer salary")).toContain("No figures for Boeing");
    // A name of several words may end in an everyday "-ing" word of its own (review27: read as no employer).
    expect(answerText("jump trading swe salary")).toContain("No figures for Jump Trading");
    expect(answerText("how much does jump trading pay software engineers")).toContain(
      "No figures for Jump Trading",
    );
    expect(understand("hudson river trading quant developer pay").entities.employers).toEqual([
      "Hudson River Trading",
    ]);
  });
});

// fixB: "data anylist salary" was a job no list knows ("I don't cover anylists yet"): "analyst" spelt as it
// is said is too far from its spelling for the speller's one slip.
describe("analyst spelt by ear", () => {
  it("is the analyst", () => {
    expect(answerText("data anylist salary")).toContain("Data Analyst pay");
    expect(answerText("Data Anylist salary")).toContain("Data Analyst pay");
    expect(answerText("security anyalist salary")).toContain("Information Security Analyst pay");
    expect(answerText("how do i become a data analysist")).toContain("Getting started as a Data Analyst");
  });

  it("leaves the app of that name and a real word alone", () => {
    expect(understand("is the anylist app any good").entities.roles).toEqual([]);
    expect(answerText("data annalist salary")).not.toContain("Data Analyst pay");
    // AniList, the anime site, is no analyst (review27: "is anilist down" gave a soft skill).
    expect(understand("is anilist down").entities.roles).toEqual([]);
    expect(answerText("is anilist down")).toContain("That's outside what I know about.");
  });
});
