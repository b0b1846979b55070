import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// "IT or cloud" from someone whose role is IT's weighs staying in that role against the cloud roles: the
// answer set System Administrator against IT Support Specialist, the cloud side lost.
describe("IT set against a field by someone in an IT role", () => {
  it("weighs the role named, not IT support, against the field's roles", () => {
    const text = lastAnswerText(
      "sysadmin at a hospital in cleveland, 6 yoe, windows server + vmware. *IT or cloud* for the next 5 yrs?? which one actually pays more",
    );
    expect(text).toContain("Pay: System Administrator vs Big Data Cloud Engineer vs Cloud Architect");
    expect(text).not.toContain("IT Support Specialist");
  });

  it("weighs the thread's IT role against the field's roles, no ranking of IT roles", () => {
    const text = lastAnswerText(
      "whats IT support pay like starting out? do u need a degree for it",
      "IT or cloud, which one grows faster",
    );
    expect(text).toContain("IT Support Specialist vs Big Data Cloud Engineer vs Cloud Architect");
    expect(text).not.toContain("Fastest growing IT roles");
  });
});

// "IT or cloud?? no degree, doing retail" from someone new: IT is where most come in, IT support, weighed
// against the cloud roles; the answer ranked the roles that need no degree, and the cloud side was lost.
describe("IT set against a field by someone new to it", () => {
  it("weighs IT support against the cloud roles, then compares their schooling", () => {
    const asked = "IT or cloud?? 24, no degree, pretty good w computers, currently doing retail";
    const text = lastAnswerText(asked);
    expect(text).toContain("IT Support Specialist vs Big Data Cloud Engineer vs Cloud Architect");
    expect(text).not.toContain("Best paid roles that need no degree");
    const school = lastAnswerText(asked, "ok which one needs less school");
    expect(school).toContain("IT Support Specialist asks the least schooling");
    expect(school).toContain("Cloud Architect, bachelor's degree");
  });
});

// "can u get straight into it or do u need yrs of experience + a bachelors": "or" opening a second
// question sets no role against the thread's, and experience and a degree asked together are the way in.
describe("experience and a degree asked of one role", () => {
  it("answers the way into cloud architect after a sysadmin's pay", () => {
    const text = lastAnswerText(
      "what do sysadmins make",
      "and cloud architect, is it something u can get straight into or do u need yrs of experience + a bachelors",
    );
    expect(text).toContain("Getting started as a Cloud Architect");
    expect(text).not.toContain("Pay: System Administrator vs Cloud Architect");
  });
});
