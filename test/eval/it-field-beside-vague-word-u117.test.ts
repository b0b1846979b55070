import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// u117: "I'm the 'computer person' in the family… where would he even start in IT?" asked "Which computer role
// do you mean?" (research scientist, systems analyst): a word that names only roles outside IT gave way to
// nothing, though IT was named as the field. IT named as the field is what is asked.
describe("IT named as the field beside a word of other roles", () => {
  it.each([
    'I\'m the "computer person" in our family, though I just do payroll. My cousin wants to get into IT. Where would he even start in IT?',
    "im the computer person in my family. where do i start in it",
    "everyone calls me the computer person, what certs should i get to break into IT",
  ])("%s answers IT's way in", (q) => {
    const text = answerText(q);
    expect(text).toMatch(/(How to become|Getting started as|Certifications for) an IT Support Specialist/);
    expect(text).not.toContain("Which computer role do you mean?");
  });

  it.each(["computer salary", "what does a computer person make"])(
    "%s, with no field named, still asks which computer role",
    (q) => {
      expect(answerText(q)).toContain("Which computer role do you mean?");
    },
  );
});

// u117: "does it pay enough to live on? He's making about $17 an hour… a pay cut" after IT support's answer
// asked "Compare IT Support Specialist with which role?": "one more thing" read as pay set against pay, and
// the amount, told in its own sentence, was not set against the thread's job.
describe("an amount told after one job's answer, in a sentence of its own", () => {
  const first = "what does an it support specialist do";
  it.each([
    [
      "ok that's helpful, and one more thing — does it pay enough to live on? He's making about $17 an hour right now and I don't want to push him into something that's a pay cut.",
      "where $17.00 an hour stands",
    ],
    [
      "one more question, is it enough to live on? she makes 38k now and a pay cut would hurt",
      "where $38,000 a year stands",
    ],
    [
      "does it pay enough? he's on $16/hr at the warehouse, don't want him taking a pay cut",
      "where $16.00 an hour stands",
    ],
  ])("%s is set against the job's pay", (q, stands) => {
    expect(lastAnswerText(first, q)).toContain(`IT Support Specialist pay: ${stands}`);
  });

  it("leaves a second job set against the first a comparison", () => {
    expect(
      lastAnswerText(first, "one more thing - does it pay more than a network admin? i'm making 50k"),
    ).toContain("Pay: IT Support Specialist vs Network Administrator");
  });
});
