import { describe, expect, it } from "vitest";
import { renderText } from "../../src/render/plain-text.js";
import { lastAnswerText, thread } from "../support/questions.js";

// Pay asked in a thread in everyday words. Each thread's last answer must be the pay asked, not
// the role's duties, its outlook or a question back.
const cases: [string[], string, string][] = [
  // A phrasal verb of earning, of the thread's one role.
  [
    [
      "what does a cloud architect actually do day to day",
      "how long does it take to become one",
      "and what do they pull in",
    ],
    "Cloud Architect pay",
    "Pick what you want to know",
  ],
  [["what do cloud architects rake in"], "Cloud Architect pay", "What a Cloud Architect does"],
  // "market rate" is pay, and the asker's own hiring is no market's growth.
  [
    [
      "full stack dev vs devops eng",
      "hiring one of the devops ppl actually — whats market rate for mid level in atlanta",
    ],
    "No figures for Atlanta",
    "Outlook for",
  ],
  [
    [
      "full stack dev vs devops eng",
      "we're hiring a devops engineer, what should we budget for mid level in atlanta",
    ],
    "The knowledge base has no mid level figure for DevOps Engineer.",
    "Outlook for",
  ],
  // A first job named by its kind is the entry level.
  [
    [
      "sous chef here (34), is switching to software eng worth it or am i too late",
      "and what does a first swe job pay",
    ],
    "The knowledge base has no entry level figure for Software Engineer.",
    "What a Software Engineer does",
  ],
  // How much more a move brings in a place: the two set side by side there, with how they compare.
  [
    [
      "been a data analyst 3 yrs, is moving to data scientist worth the effort",
      "what skills am i missing",
      "how much more would i make in austin specifically",
    ],
    "Pay: Data Scientist vs Data Analyst",
    "- Data Scientist pay:",
  ],
];

describe("pay asked in a thread in everyday words", () => {
  it.each(cases)("%j", (messages, said, notSaid) => {
    const text = lastAnswerText(...messages);
    expect(text).toContain(said);
    expect(text).not.toContain(notSaid);
  });

  it("an employer set aside ('forget amazon') stays dropped for the next question too", () => {
    const [amazon, normal, nyc] = thread(
      "amazn mle total comp?",
      "ok forget amazon, whats normal",
      "in nyc?",
    ).map(renderText);
    expect(amazon).toContain("No figures for Amazon");
    expect(normal).toContain("Machine Learning Engineer total compensation");
    expect(normal).not.toContain("Amazon");
    expect(nyc).toContain("New York City, NY");
    expect(nyc).not.toContain("Amazon");
  });

  it("'companies other than google' after Google's pay is the general pay, not a question back", () => {
    const text = lastAnswerText("mle salary at google", "what about at companies other than google");
    expect(text).toContain("Machine Learning Engineer pay");
    expect(text).not.toContain("Google");
  });
});
