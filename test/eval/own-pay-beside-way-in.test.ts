import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// left6 #10: "how do i get into IT with no degree im 34 and work retail making 38k" was answered with IT
// support's pay: the pay the asker earns now, told beside the way in asked, is where they stand, not a
// question of pay. An amount offered, judged or aimed at is still weighed.
describe("pay earned now, told beside the way in asked", () => {
  it.each([
    [
      "how do i get into IT with no degree im 34 and work retail making 38k",
      "How to become an IT Support Specialist",
    ],
    ["im making 38k in retail, how do i get into IT", "How to become an IT Support Specialist"],
    ["how do i get into data analytics, im making 40k in retail", "Getting started as a Data Analyst"],
  ])("%s", (asked, said) => {
    expect(understand(asked).intent).toBe("gettingStarted");
    expect(answerText(asked)).toContain(said);
  });

  it("still weighs an amount judged", () => {
    expect(answerText("how do i become a data analyst, is 60k a good starting salary")).toContain(
      "where $60,000 a year stands",
    );
  });
});
