import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// Past bug: "help desk tech here. IT degree or just certs?" asked back which IT role to compare IT support
// with: the "or" weighs two kinds of schooling ("IT" the subject of the degree), which the way in of the
// role held answers.
describe("an IT degree weighed against certs by someone in an IT role", () => {
  it.each([
    ["help desk tech here. IT degree or just certs?", "Certifications for an IT Support Specialist"],
    [
      "i do helpdesk. is an IT degree worth it or just get certs",
      "Certifications for an IT Support Specialist",
    ],
    ["desktop support here, IT certs or a degree?", "Certifications for an IT Support Specialist"],
    ["sysadmin here, IT degree or certs?", "Education for a System Administrator"],
  ])("%s", (q, heading) => {
    const answer = answerText(q);
    expect(answer).toContain(heading);
    expect(answer).not.toContain("Compare");
  });

  it("answers it after the role was said", () => {
    expect(lastAnswerText("i'm a help desk tech", "IT degree or just certs")).toContain(
      "Certifications for an IT Support Specialist",
    );
  });

  it("keeps IT set against a field a comparison", () => {
    expect(answerText("help desk here. IT or cloud?")).toContain(
      "Compare IT Support Specialist with which IT role?",
    );
  });
});
