import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Unseen check: "got into IT after my comptia a+ … is it a good field to get into", with more told between
// ("been doing helpdesk for 6 months"), was read as the certificate's worth, or as a move from help desk into
// IT asked back which IT role. The credential said as held ("after the comptia a+ cert") asks nothing of
// itself; the field judged by one who holds one of its roles is no move into it; "got into IT" said of the
// past leads nowhere.
describe("the field judged after a credential and an IT job are told", () => {
  it("answers the field's outlook, or its usual role's", () => {
    for (const asked of [
      "I got into IT after the CompTIA A+ cert, been doing helpdesk for 6 months. Is it a good field to get into?",
      "i got into it after the comptia a+ cert, been doing helpdesk for 6 months. is it a good field to get into?",
      "im in helpdesk, is IT a good field to get into?",
    ]) {
      const text = answerText(asked);
      expect(text, asked).toMatch(/Outlook for an IT Support Specialist|Fastest growing IT roles/);
      expect(text, asked).not.toContain("Certifications for");
      expect(text, asked).not.toContain("Which IT role");
    }
    expect(answerText("got into IT after my comptia a+ cert last year. is it a good field?")).toContain(
      "Fastest growing IT roles",
    );
  });

  it("still answers a credential asked of, and a move into IT from another job", () => {
    expect(answerText("is the comptia a+ cert worth it for help desk?")).toContain("CompTIA A+");
    expect(answerText("im a nurse, is IT a good field to get into?")).not.toContain("Certifications for");
    expect(answerText("what about the ccna cert for a network admin")).toContain("do not name CCNA");
  });
});
