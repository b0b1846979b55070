import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { lastAnswerText, understand } from "../support/questions.js";

// u97: clipped non-native English and messages typed on phones. What depends on a capital "IT", on a
// question mark or on what an answer must not say is tested here; the rest is in the tuning corpus.
describe.skipIf(!officialLayerInstalled)("clipped and phone-typed questions (u97)", () => {
  it("reads a learner's 'it is good to become X or no?' as whether X is a good job, not X set against itself", () => {
    for (const q of [
      "it is good to become network admin or no? :thinking_face:",
      "It is good to become network admin?",
      "is good to become network admin or no?",
    ]) {
      const text = saidWithLayer(q);
      expect(text, q).toContain("Outlook for a Network Administrator");
      expect(text, q).not.toContain("What a Network Administrator does");
    }
    // "IT is good …" in capitals is the field, no dummy "it".
    expect(understand("my friend says it is good to become sre").intent).not.toBe("compare");
  });

  it("reads the IT field judged worth it as its roles' growth, honest about AI", () => {
    for (const q of ["IT field still worth in 2025 or all jobs go to AI now?", "is IT worth it in 2025?"]) {
      const text = saidWithLayer(q);
      expect(text, q).toContain("Fastest growing IT roles");
      expect(text, q).not.toContain("Which IT role do you mean");
    }
    expect(saidWithLayer("IT field still worth in 2025 or all jobs go to AI now?")).toContain(
      "No source measures how much of IT's work AI may take over",
    );
    // Schooling weighed for the field is the schooling's worth, not the field's future.
    expect(saidWithLayer("is a degree in IT worth it?")).not.toContain("Fastest growing IT roles");
  });

  it("reads 'my manager say move me from IT to dev team' as the move into Software Engineer, no manager asked back", () => {
    const text = saidWithLayer("my manager say move me from IT to dev team. what skills i need for it");
    expect(text).toContain("Pick one to see the move to a Software Engineer");
    expect(text).toContain("gap it support specialist to swe");
    expect(text).not.toContain("Which manager do you mean");
  });

  it("asks a truck driver's pay of someone leaving IT, never the ways into tech from trucking", () => {
    const text = saidWithLayer("truck driver pay? thinking leave IT lol");
    expect(text).toContain("Heavy and Tractor-Trailer Truck Drivers (53-3032)");
    expect(text).not.toContain("To get into tech from truck driver");
    const electrician = saidWithLayer("electrician pay? thinking about leaving tech");
    expect(electrician).toContain("Electricians (SOC 47-2111)");
    expect(electrician).not.toContain("To get into tech from");
  });

  it("reads 'where we live' as no place", () => {
    const text = saidWithLayer(
      "my sister is thinking about becoming a dental hygienist and she wanted to know what they make and if theres actually demand for it where we live or in general",
    );
    expect(text).toContain("Dental Hygienists (SOC 29-1292)");
    expect(text).not.toContain("we live");
  });

  it("never answers 'thinking abt X' with the soft skill of critical thinking", () => {
    for (const q of [
      "thinking abt cloud architect is it worth it",
      "thinking abt cloud architect, thoughts?",
    ])
      expect(saidWithLayer(q), q).not.toContain("critical thinking");
    expect(saidWithLayer("how important is critical thinking")).toContain("critical thinking");
  });

  it("reads a friend's offer told before the employer's pay asked as that pay, not the role set beside itself", () => {
    const text = saidWithLayer(
      "my friend just got an offer from salesforce as a product manager and im trying to figure out if what theyre paying is normal like what do product managers at salesforce usually make",
    );
    expect(text).toContain("No figures for Salesforce");
    expect(text).not.toContain("name one role here");
  });

  it("keeps look-alikes of the new readings as they were", () => {
    // "sec analyst" alone stays the title O*NET also lists in finance; "1 sec" is no security.
    expect(understand("brb 1 sec").entities.roles).toEqual([]);
    // "soft wear" with no word of a job is no software; "devious" alone no devops.
    expect(understand("i bought soft wear for my baby").entities.roles).toEqual([]);
    expect(understand("is my coworker being devious").entities.roles).toEqual([]);
    // "how much" with a word of another topic beside the level keeps that topic.
    expect(lastAnswerText("data analyst skills", "how much senior skills")).toContain(
      "Skills for a Data Analyst",
    );
    // A certificate judged worth it beside a role's name keeps the certificate's answer.
    expect(saidWithLayer("certs for ml? is the `aws ml specialty` worth it")).toContain(
      "do not name AWS Certified Machine Learning – Specialty",
    );
  });
});
