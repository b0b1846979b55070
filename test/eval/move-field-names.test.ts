import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Move sweep: a field's name ("hr", "sales", "marketing") as a side of a move is that field's occupation,
// weighed beside the role; the same word in other talk ("is ml used in marketing") is no occupation.
describe("a field's name as a side of a move", () => {
  it("reads the field as where the move starts, with both sides' pay", () => {
    // With the official layer loaded the field reads as its occupation's title; without it, as typed.
    for (const [q, heading] of [
      ["should i move from hr into data analytics", /From (Human Resources Specialists|hr) to Data Analyst/],
      ["hr -> data analyst", /From (Human Resources Specialists|hr) to Data Analyst/],
      [
        "im in marketing, wanna become a data analyst",
        /From (Market Research Analysts and Marketing Specialists|marketing) to Data Analyst/,
      ],
      ["from sales to pm?", /From sales to Product Manager/],
      ["should i move from retail into data analyst", /From (Retail Salespersons|retail) to Data Analyst/],
      [
        "should i go from human resources to swe",
        /From (Human Resources Specialists|human resources) to Software Engineer/,
      ],
    ] as const) {
      const text = answerText(q);
      expect(text).toMatch(heading);
      expect(text).toContain("Pay side by side");
    }
  });

  it("reads the field as where the move leads, beside the role left", () => {
    for (const [q, occupation] of [
      ["should i go from swe to marketing", /Marketing Specialists/],
      ["data analyst -> hr", /(HR|Human Resources) Specialists/],
    ] as const) {
      expect(answerText(q)).toMatch(occupation);
    }
  });

  it("leaves the word alone outside a move", () => {
    expect(answerText("is ml used in marketing")).not.toContain("Marketing Specialists");
    expect(answerText("how is ml used in retail")).toContain("Where ML is being adopted in Retail");
    expect(answerText("how much does an sre make per hr")).toContain(
      "Site Reliability Engineer pay per hour",
    );
  });
});

describe("a role's way into an occupation", () => {
  it("answers the occupation's way in, not the role's", () => {
    for (const q of [
      "back-end developer wanting to get into nursing",
      "im a swe wanting to get into nursing",
    ]) {
      const text = answerText(q);
      expect(text).not.toContain("How to become a Back-End Developer");
      expect(text).not.toContain("How to become a Software Engineer");
      expect(text).toMatch(/Registered Nurses|Nurses/);
    }
  });
});
