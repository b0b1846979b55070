import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Follow-ups that point at one side of what the thread set out ("the latter", "skills for the last one") or
// turn a move around ("how about the reverse").
const answer = lastAnswerText;

describe("the latter, the former and a pick that closes a question", () => {
  const compared = "hiring for recs/ranking, do i want a data scientist or an ML engineer";

  it("reads 'the latter' and 'the former' as the thread's roles, not as job titles", () => {
    const latter = answer(compared, "the latter, whats the range");
    expect(latter).toContain("Machine Learning Engineer pay");
    expect(latter).not.toContain("latter");
    const former = answer("data scientist vs ml engineer", "the former, whats the range");
    expect(former).toContain("Data Scientist pay");
    expect(former).not.toContain("Extruding");
    // A short reply that names a topic after the pick asks that topic, not what the role does.
    expect(answer("sre vs devops engineer", "the former, what skills")).toContain(
      "Skills for a Site Reliability Engineer",
    );
  });

  it("keeps the role picked for the next follow-up", () => {
    expect(answer(compared, "the latter, whats the range", "in nyc")).toContain(
      "Machine Learning Engineer, New York City",
    );
  });

  it("reads a pick at the end of a question as the role the question asks about", () => {
    const skills = answer("compare swe, sre and devops", "what skills for the last one");
    expect(skills).toContain("Skills for a DevOps Engineer");
    expect(skills).not.toContain("Only Software Engineer");
    expect(answer("compare swe, sre and devops", "what about the first one")).toContain(
      "What a Software Engineer does",
    );
  });
});

describe("a move asked the other way", () => {
  it("turns the thread's move around", () => {
    for (const reverse of ["how about the reverse", "what about the other way around", "and vice versa?"]) {
      const text = answer("product manager to engineering manager possible?", reverse);
      expect(text).toContain("From Engineering Manager to Product Manager");
    }
    expect(answer("swe -> mle", "what about the other way around")).toContain(
      "From Machine Learning Engineer to Software Engineer",
    );
  });
});

describe("the thread's role set beside one named", () => {
  it("compares pay of both when a follow-up names another role to compare with", () => {
    const text = answer(
      "whats a data analyst do and is it hard to get into",
      "do they need a masters",
      "how does it compare to data scientist pay",
    );
    expect(text).toContain("Pay: Data Analyst vs Data Scientist");
    expect(text).toContain("same official occupation");
    expect(answer("what does an sre do", "how does the pay stack up against devops")).toContain(
      "Pay: Site Reliability Engineer vs DevOps Engineer",
    );
  });
});
