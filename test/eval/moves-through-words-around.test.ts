import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Moves lost to the words around them. Each thread's last answer must be the move (or the
// options) the person asked, not one side's figures. (These tests run without the official layer, so an
// occupation's side is read by its listed name.)
const cases: [string[], string, string][] = [
  // After a move, whether it is smart or dumb financially is both sides' pay, not the outlook.
  [
    ["swe to data scientist?", "ok be honest is it dumb financially"],
    "Pay: Data Scientist vs Software Engineer",
    "Outlook for",
  ],
  // A held job with a word of its kind before it, and "how far am i from being" the role: the move from it.
  [
    [
      "im a session musician / producer, use ableton and tinker with max/msp. how far am i from being a software developer",
    ],
    "From musician to Software Engineer",
    "What a Software Engineer does",
  ],
  // "something like a" and "classic ml" in the way: the move from Data Scientist still.
  [
    [
      "ds with 6 yoe, mostly classic ml + xgboost. how do i get to something like a principal applied scientist in genai",
    ],
    "From Data Scientist to Principal Applied Scientist (Generative AI)",
    "What a Data Scientist does",
  ],
  // Another end offered after a move: both ends from the move's start.
  [
    [
      "systems analyst at a hospital, thinking product management. doable?",
      "or would data architect make more sense long term",
    ],
    "Options from Computer Systems Analyst, side by side",
    "Pay: Product Manager vs Data Architect",
  ],
  // "how about sre instead" stays a move of its own, weighed only when asked.
  [
    ["sysadmin to devops?", "how about sre instead"],
    "From System Administrator to Site Reliability Engineer",
    "Options from",
  ],
];

describe("moves read through the words around them", () => {
  it.each(cases)("%j", (messages, said, notSaid) => {
    const text = lastAnswerText(...messages);
    expect(text).toContain(said);
    expect(text).not.toContain(notSaid);
  });

  it("a tech job asked for someone holding an occupation is the open move out of it", () => {
    const u = understand(
      "flight attendant 6 yrs, i want normal hours. whats a realistic tech job for someone like me",
    );
    expect(u.intent).toBe("gap");
    expect(u.entities.uncovered.map((o) => o.typed)).toEqual(["flight attendant"]);
    // Not asked for the asker: the occupation's own question stays as read.
    expect(understand("what do flight attendants do").intent).not.toBe("gap");
  });

  it("an employer paying for training is no pay question, and the warehouse picker is kept", () => {
    const u = understand(
      "warehouse picker here, my company pays for some training. is aiming for IT support or network admin smarter",
    );
    expect(u.intent).toBe("compare");
    expect(u.entities.uncovered.map((o) => o.typed)).toEqual(["warehouse picker"]);
  });
});
