import { describe, expect, it } from "vitest";
import { renderText } from "../../src/render/plain-text.js";
import { lastAnswerText, thread, understand } from "../support/questions.js";

// Moves weighed from the side the asker holds. Options after words of heading there from a role
// held were compared with the role held as one more option, so "the second one" picked the wrong role;
// staying in a role set against the thread's was a pay comparison; a doubt naming the pay held gave that
// side's figures alone; entry-level pay after a move gave both sides' pay, the level dropped.
describe("options from the role held, after words of heading there", () => {
  it("sets the options side by side from the role held, and a pick is the option picked", () => {
    const [options, picked] = thread(
      "qa engr wanting to become a dev, fullstack or backend?",
      "ok the second one, whats mid level pay in nyc",
    ).map((a) => renderText(a));
    expect(options).toContain("Options from QA Engineer, side by side");
    expect(options).toContain("Full Stack Developer vs Back-End Developer");
    expect(picked).toContain("Back-End Developer pay");
  });

  it("reads the role a question opens on as held when it is thinking of two others", () => {
    const u = understand("frontend dev thinking backend or fullstack?");
    expect(u.from?.id).toBe("front-end-developer");
    expect(u.to).toBeUndefined();
  });

  it("leaves roles set against each other a comparison", () => {
    const u = understand("data scientist vs ml engineer or data engineer");
    expect(u.from).toBeUndefined();
  });

  it("weighs two fields as options from the role held, a pick being the move to one", () => {
    const [options, picked] = thread(
      "help desk tech wanting to go cloud or security, which one",
      "the third one",
    ).map((a) => renderText(a));
    expect(options).toContain("Options from IT Support Specialist: a cloud or security role");
    expect(picked).toContain("From IT Support Specialist to Security Engineer");
  });
});

describe("staying in a role set against the thread's", () => {
  it.each([
    [
      "sre pay in seattle",
      "is it worth it vs staying a sysadmin",
      "System Administrator to Site Reliability Engineer",
    ],
    [
      "devops engineer salary",
      "should i stay a sysadmin or go for it",
      "System Administrator to DevOps Engineer",
    ],
    [
      "cloud architect salary",
      "better than staying a network admin?",
      "Network Administrator to Cloud Architect",
    ],
  ])("after %s, %s weighs the move from the role stayed in", (first, second, move) => {
    const text = lastAnswerText(first, second);
    expect(text).toContain(`From ${move}`);
    expect(text).toContain("Outlook side by side");
  });

  it("keeps a role set against the thread's with no staying said a pay comparison", () => {
    expect(lastAnswerText("sre pay in seattle", "is it worth it vs sysadmin")).toContain(
      "Pay: Site Reliability Engineer vs System Administrator",
    );
  });
});

describe("an occupation left or stayed in, set against the thread's role", () => {
  it("reads the move from the occupation to the thread's role", () => {
    const u = understand("should i stay a nurse or go for it", {
      roles: ["data-analyst"],
      intent: "salary",
    });
    expect(u.intent).toBe("gap");
    expect(u.to?.id).toBe("data-analyst");
    expect(u.entities.uncovered.map((o) => o.typed)).toEqual(["nurse"]);
  });
});

describe("a doubt about a move naming the pay held", () => {
  it("sets both sides' pay side by side after a move between roles", () => {
    const text = lastAnswerText(
      "sysadmin thinking of switching to devops",
      "is that smart, sysadmins make decent money already",
    );
    expect(text).toContain("Pay: DevOps Engineer vs System Administrator");
  });

  it("reads the occupation the move starts from as that start, both sides' pay asked", () => {
    const u = understand("is that even smart, nurses make good money already", {
      roles: ["software-engineer"],
      occupation: "29-1141",
      intent: "gap",
    });
    expect(u.intent).toBe("payCompare");
    expect(u.fromOccupation).toBe("29-1141");
    expect(u.roles.map((r) => r.id)).toEqual(["software-engineer"]);
  });

  it("leaves the start's pay asked with no doubt its own pay", () => {
    expect(lastAnswerText("sysadmin wanting to move to devops", "how much do sysadmins make")).toContain(
      "System Administrator pay",
    );
  });
});

describe("entry-level pay after a move", () => {
  it("is the pay where the move lands, at the entry level", () => {
    const text = lastAnswerText(
      "registered nurse here, thinking about switching to data analyst",
      "what skills would i need first",
      "and whats entry level pay",
    );
    expect(text).toContain("Data Analyst pay");
    expect(text).toContain("no entry level figure for Data Analyst");
  });

  it("still weighs both sides when the question sets them against each other", () => {
    expect(lastAnswerText("sysadmin wanting to move to devops", "which pays more at entry level")).toContain(
      "Pay: DevOps Engineer vs System Administrator",
    );
    expect(lastAnswerText("sysadmin wanting to move to devops", "which pays more at senior")).toContain(
      "no senior level figure for DevOps Engineer or System Administrator",
    );
  });
});
