import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Questions found going wrong in a session's rounds: IT and a function with no job's head ("IT operations
// salary"), what a term of pay means ("what is ctc"), an amount in another currency ("12 lpa"), two levels of
// one role, cloud certifications, a definition of nothing careers know, a misspelt name after "it", a job
// judged as a career, and the field's jobs abroad.
const cases: [string[], string[]][] = [
  // With no official layer loaded (as here), IT operations is declined, naming the closest roles; with the
  // layer, it is Computer Network Support Specialists (tuning items t4000-t4002).
  [
    ["IT operations salary"],
    ["I don't cover IT operations yet.", "IT Support Specialist, Network Administrator"],
  ],
  [["IT ops engineer - what do they do day to day"], ["I don't cover IT ops engineers yet."]],
  [["what is ctc"], ["CTC (cost to company", "total compensation", "$202,331", "US dollars"]],
  [["what does tc stand for"], ["both mean total compensation", "$202,331"]],
  [["mle salary", "what is the total comp"], ["Machine Learning Engineer total compensation:"]],
  [
    ["my ctc is 12 lpa, is that good for a data scientist"],
    ["Your figure is in rupees: I have no figures in rupees or for India", "$120,230"],
  ],
  [["is 15 lakhs good for a data analyst"], ["Your figure is in rupees", "Data Analyst pay"]],
  [["is €55k good for a devops engineer"], ["Your figure is in euros", "DevOps Engineer pay"]],
  [
    ["sde 2 vs sde 3 pay"],
    ["Software Engineer, Mid level", "Software Engineer, Senior level", "no mid level figure", "$135,980"],
  ],
  [["junior vs senior mle pay"], ["Entry level: $96,000 – $152,601", "Senior level: $177,177 – $184,000"]],
  [
    ["is aws certification worth it for salary"],
    ["No source measures pay by certification", "Cloud Architect pay"],
  ],
  [["does an azure certification increase salary"], ["Cloud Architect pay", "$134,050"]],
  [["it helpdsk pay"], ["IT Support Specialist pay", "$61,860"]],
  [["hows it support as a career"], ["Outlook for an IT Support Specialist"]],
  [["how is network admin as a career"], ["Outlook for a Network Administrator", "-4.2%"]],
  [["IT jobs in india"], ["India is outside the US: every figure I hold is a US one.", "Best paid IT roles"]],
];

describe("field functions, pay terms and currencies, levels side by side", () => {
  it.each(cases)("%s", (messages, said) => {
    const text = lastAnswerText(...messages);
    for (const s of said) expect(text).toContain(s);
  });

  it("the ML market is no answer to the field's jobs abroad, and the ranking says first it is the US's", () => {
    const text = lastAnswerText("IT jobs in india");
    expect(text).not.toContain("Demand for ML engineers");
    expect(text.indexOf("India is outside the US")).toBeLessThan(text.indexOf("1. "));
  });

  it.each(["what is the tallest mountain in the world", "what is the biggest ocean"])(
    "%s is off topic",
    (q) => {
      expect(understand(q).intent).toBe("offTopic");
    },
  );

  it.each(["what is mlops", "what is kubernetes"])("%s is still a definition", (q) => {
    expect(understand(q).intent).toBe("definition");
  });
});
