import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// Past bug: "what skills do i need for security" read "security" as a skill ("Whether you need Security
// depends on the role"). A word after "for" that names two roles or more is a field of roles, whose one
// is asked back; a pick then answers that role's skills.
describe("skills asked for a field of roles", () => {
  it("asks which security role, then gives the one picked", () => {
    const text = answerText("what skills do i need for security");
    expect(text).toContain("Which security role do you mean?");
    expect(text).not.toContain("Whether you need Security");
    expect(lastAnswerText("what skills do i need for security", "the engineering one")).toContain(
      "Skills for a Security Engineer",
    );
  });

  it("names the other option by its head after the pick, and sets the two side by side", () => {
    const text = lastAnswerText(
      "what skills do i need for security",
      "the engineering one",
      "hows it different from the analyst",
    );
    expect(text).toContain("Security Engineer vs Information Security Analyst");
    expect(text).not.toContain("Which analyst do you mean?");
  });

  it("keeps a skill that names no two roles a skill", () => {
    expect(answerText("what skills do i need in networking")).toContain(
      "Roles whose sources list Networking",
    );
    expect(answerText("is security hard to learn")).toContain(
      "No source rates how hard Security is to learn",
    );
  });
});
