import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "IT" the field with no role named: answered where one answer fits, asked back with the IT roles where not.
const answer = lastAnswerText;

describe("a question about IT the field", () => {
  it("says what the acronym stands for, with the field's roles", () => {
    const text = answer("what does IT stand for lol");
    expect(text).toContain("IT is short for information technology");
    expect(text).toContain("IT Support Specialist");
    expect(text).not.toContain("Which IT role");
  });

  it("answers how to get in for IT support, saying it is the usual way in", () => {
    for (const question of [
      "i hate my job in retail, can i get into IT without experience",
      "best certs for IT",
    ]) {
      const text = answer(question);
      expect(text).toContain("IT support is the usual way into IT");
      expect(text).toContain("IT Support Specialist");
    }
    expect(answer("best certs for IT")).toContain("Certifications for an IT Support Specialist");
  });

  it("ranks the roles by growth when asked whether the field is dying", () => {
    expect(answer("is IT a dying field with all the AI stuff")).toContain("Fastest growing IT roles");
  });

  it("asks which IT role a move starts from, with the move to the role named as buttons", () => {
    const text = answer("how do i transition from IT to data analytics");
    expect(text).toContain("Which IT role are you in now?");
    expect(text).toContain("gap it support specialist to data analyst");
  });

  it("asks which IT role to set against a role, never an unrelated one", () => {
    // (Weighed by a measure, "which has better pay", IT support stands for IT: it-weighed-by-a-measure.test.ts.)
    const text = answer("IT vs software engineering, which is better");
    expect(text).toContain("Compare Software Engineer with which IT role?");
    expect(text).toContain("compare swe network administrator");
    expect(text).not.toContain("compare swe mle");
  });

  it("still asks which IT role where no one answer fits", () => {
    expect(answer("what skills do i need for IT")).toContain("Which IT role do you mean?");
  });
});

describe("IT the field, in more wordings", () => {
  it("answers certifications named by name, and entry pay, for IT support, then keeps it as the thread's role", () => {
    expect(answer("is the comptia a+ worth it for IT")).toContain(
      "Certifications for an IT Support Specialist",
    );
    expect(answer("whats the entry level pay in IT")).toContain("IT Support Specialist pay");
    expect(answer("ok how do i start in IT, zero experience", "and the money?")).toContain(
      "IT Support Specialist pay",
    );
  });

  it("says what IT stands for even where a role's name holds it", () => {
    expect(answer("what does IT stand for in IT support lol")).toContain(
      "IT is short for information technology",
    );
  });

  it("checks a skill for an IT role asked as something to learn", () => {
    expect(answer("does it make sense to learn python for IT support?")).toContain(
      "Python for an IT Support Specialist",
    );
  });

  it("reads chat's 'rn' after 'in IT' as right now, and IT set against a role asks which IT role unless someone comes in new", () => {
    expect(answer("i'm in IT rn, want to get into cybersecurity")).not.toContain("Registered Nurses");
    expect(answer("IT or data science?")).toContain("Compare Data Scientist with which IT role?");
    // Someone coming in new: IT support, the usual way in, stands for IT (it-sides-and-outlook.test.ts).
    expect(answer("IT or data science for a career switcher?")).toContain(
      "IT Support Specialist vs Data Scientist",
    );
  });
});
