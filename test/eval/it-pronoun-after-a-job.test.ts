import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Review of the it-word branch: an IT title's word ("sales", "business", "systems") set against another word
// made "it" the field even after a job the pronoun stands for, and a field judged with no thread role was
// read as IT's even when the message had just named a job. A job before "it", in the thread or the message,
// keeps the pronoun.
const answer = lastAnswerText;

describe("'it' after a job is the pronoun", () => {
  it.each([
    [
      ["what does a product manager do", "is it business or technical?"],
      "Product Manager",
      ["Computer Systems Analyst", "which IT role"],
    ],
    [
      ["what does a product manager do", "is it systems or business?"],
      "Product Manager",
      ["Computer Systems Analyst", "which IT role"],
    ],
    [
      ["i love data science. is it a good field?"],
      "Outlook for a Data Scientist",
      ["Demand for ML engineers"],
    ],
    [["i want to be a nurse. is it a good field?"], "Nurses", ["Demand for ML engineers"]],
  ])("%j stays on the job", (messages, shown, notShown) => {
    const text = answer(...messages);
    expect(text).toContain(shown);
    for (const other of notShown) expect(text).not.toContain(other);
  });

  it("reads the 'it' after a job named in the same message as no field", () => {
    expect(understand("i want to be a nurse. is it a good field?").entities.itField).toBe(false);
    expect(understand("is it a good field").entities.itField).toBe(true);
  });

  // An occupation held in the thread (Sales Engineers, 41-9031, where the official layer is loaded) is a job
  // the pronoun stands for as a role is.
  it("keeps 'is it sales or engineering?' on the thread's occupation, not IT sales", () => {
    const inThread = understand("is it sales or engineering?", { roles: [], occupation: "41-9031" });
    expect(inThread.entities.itField).toBe(false);
    expect(inThread.entities.uncovered.map((o) => o.typed)).not.toContain("it sales");
    expect(understand("is it sales or engineering?").entities.uncovered.map((o) => o.typed)).toContain(
      "it sales",
    );
  });

  it.each([
    [["is it support or help desk better paid"], "IT Support Specialist"],
    [["is it a good field"], "Fastest growing IT roles"],
  ])("%j with no job before it still reads IT", (messages, shown) => {
    expect(answer(...messages)).toContain(shown);
  });
});
