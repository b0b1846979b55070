import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "IT" with someone's own angle ("my gf is in IT and makes 70k", "i work in IT, want to become …") or with
// something no source measures: which IT role is asked back, or what the sources lack is said; never a
// ranking of every role by pay in its place.
const answer = lastAnswerText;

describe("someone's pay in IT", () => {
  it("asks which IT role, with each one's pay as a button, for an amount of pay stated", () => {
    for (const question of [
      "my gf is in IT and makes 70k is that normal",
      "im in IT making 90k, is that good",
    ]) {
      const text = answer(question);
      expect(text).toContain("Which IT role do you mean?");
      expect(text).toContain("salary it support specialist");
      expect(text).not.toContain("Best paid roles");
    }
  });

  it("answers a named role's pay for an amount stated beside it", () => {
    expect(answer("my bf is a data analyst and makes 70k is that normal")).toMatch(/^Data Analyst pay/);
  });

  it("still ranks when the words ask for a ranking beside the amount", () => {
    expect(answer("i make 90k in IT, which jobs pay more")).toContain("Best paid IT roles");
  });
});

describe("roles weighed by what no source measures", () => {
  it("says the sources have nothing on it, with IT's roles, rather than ranking by pay", () => {
    const text = answer("which IT role has the best work life balance");
    expect(text).toContain("The knowledge base has nothing on work-life balance for any role");
    expect(text).toContain("IT Support Specialist, Network Administrator");
    expect(text).not.toContain("Best paid roles");
    expect(answer("which IT job is the least stressful")).toContain(
      "The knowledge base has nothing on how stressful the work is for any role",
    );
    expect(answer("which role has the best work life balance")).not.toContain("Demand for ML engineers");
  });

  it("ranks by what the sources do measure when both are asked, saying what it leaves out", () => {
    const text = answer("which tech jobs have good work-life balance and pay well");
    expect(text).toContain("Best paid roles");
    expect(text).toContain(
      "The knowledge base has nothing on work-life balance, so this ranks by pay alone.",
    );
  });
});

describe("a move from IT the field", () => {
  it("asks which IT role the move starts from", () => {
    for (const question of [
      "i work in IT, want to become a data scientist, tips?",
      "ive been working in IT for 5 years, how do i become a devops engineer",
    ]) {
      const text = answer(question);
      expect(text).toContain("Which IT role are you in now?");
      expect(text).toContain("gap it support specialist to");
    }
  });

  it("reads a step up from the IT role named as that role's path", () => {
    expect(answer("i work in IT at a hospital, mostly desktop support. how do i move up")).toContain(
      "Career path for an IT Support Specialist",
    );
  });
});

describe("a certification named with no role", () => {
  it("answers for the role whose work it certifies, saying the sources do not name it", () => {
    const text = answer("is a comptia a+ worth it");
    expect(text).toContain("Certifications for an IT Support Specialist");
    expect(text).toContain("whose work CompTIA A+ certifies; the sources do not name CompTIA A+ itself");
    expect(answer("should i get security+")).toContain("Certifications for an Information Security Analyst");
    expect(answer("is ccna worth it")).toContain("whose work CCNA certifies");
    // The thread is then about that role.
    expect(answer("is a comptia a+ worth it", "what does it pay")).toMatch(/^IT Support Specialist pay/);
  });

  it("takes no grade for a certification", () => {
    expect(answer("i got an a+ in math, should i be a data scientist")).not.toContain("CompTIA");
  });
});

describe("IT set against computer science", () => {
  it("says which is a field of work and which a subject of study", () => {
    for (const question of [
      "what's the difference between IT and computer science",
      "is IT the same as computer science",
    ]) {
      const text = answer(question);
      expect(text).toContain("IT names a field of work; computer science is a subject of study.");
      expect(text).toContain("IT Support Specialist");
      expect(text).toContain("The sources name a computer science degree in the way into");
    }
  });
});

describe("someone in IT moving to a role", () => {
  it("asks which IT role they are in, with the moves from IT's roles as buttons", () => {
    const text = answer("im in IT at a hospital, would it be easy to move into data analyst");
    expect(text).toContain("Which IT role are you in now?");
    expect(text).toContain("career gap it support specialist to data analyst");
    expect(text).not.toMatch(/career \w+ (mle|swe|dse)\b/);
  });
});
