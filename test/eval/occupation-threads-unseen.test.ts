import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { lastAnswerText } from "../support/questions.js";

// Threads not seen while tuning: a side of a role set against an occupation picked, a technician's title said
// short, an employer's name for a level, a job title pasted with its rung and place, and how fast a job leads
// up. The occupations need the whole official layer (Management Analysts, Radiologic Technologists).
describe.skipIf(!officialLayerInstalled)("occupations read in their thread", () => {
  const analysts = "systems analyst vs business analyst";

  it("'just the first then' picks the side named first, the role, and the thread stays on it", () => {
    const pay = saidWithLayer(analysts, "just the first then, pay in atlanta");
    expect(pay).toContain("the knowledge base has no Atlanta pay figures for Computer Systems Analyst");
    expect(pay).not.toContain("Management Analysts");
    const outlook = saidWithLayer(analysts, "just the first then, pay in atlanta", "whats the outlook");
    expect(outlook).toContain("Outlook for a Computer Systems Analyst");
    const certs = saidWithLayer(
      analysts,
      "just the first then, pay in atlanta",
      "whats the outlook",
      "and what certs help",
    );
    expect(certs).toContain("The knowledge base names no certification for Computer Systems Analyst");
  });

  it("the occupation side picked is answered alone, with nothing set beside it", () => {
    const text = saidWithLayer(analysts, "ok the second then, outlook?");
    expect(text).toContain("Management Analysts (SOC 13-1111)");
    expect(text).not.toContain("Beside Computer Systems Analyst");
    const first = saidWithLayer("business analyst vs systems analyst", "the first i guess, pay in atlanta");
    expect(first).toContain("Management Analysts (SOC 13-1111)");
  });

  it("a technician's title said with 'tech' gets that occupation's figures, not a ranking", () => {
    const text = saidWithLayer("dental hygienist salary in general", "and a radiologic tech");
    expect(text).toContain("Radiologic Technologists and Technicians (SOC 29-2034)");
    expect(text).not.toContain("Best paid roles");
    expect(saidWithLayer("is ed tech a good field to get into")).not.toContain("Emergency Medical");
  });
});

describe("levels, titles and paths read in their thread", () => {
  it("Meta's E5 is its senior level, said so at Meta, then at Amazon; 'that level' is it for skills", () => {
    const thread = ["how much does meta pay a swe", "e5?"];
    const e5 = lastAnswerText(...thread);
    expect(e5).toContain("No figures for Meta");
    expect(e5).toContain("E5 at Meta is read as Senior level");
    const amazon = lastAnswerText(...thread, "and amazon for the same");
    expect(amazon).toContain("No figures for Amazon");
    const skills = lastAnswerText(...thread, "and amazon for the same", "ok what skills get u to that level");
    expect(skills).toContain("Skills for a Software Engineer");
    expect(skills).toContain("senior level included");
  });

  it("a pasted title's range is its pay, its rung and bracketed place read", () => {
    const text = lastAnswerText(
      "Site Reliability Engineer III - Core Infrastructure (Hybrid, SF) what's the range for this",
    );
    // The rung is a level at best: read as the mid level, said as any level without figures is.
    expect(text).not.toContain("No figures for level III");
    expect(text).toContain("The knowledge base has no mid level figure for Site Reliability Engineer");
    expect(text).toContain(
      "The knowledge base has no San Francisco, CA figure for Site Reliability Engineer",
    );
    expect(text).not.toContain("What a Site Reliability Engineer does");
    expect(lastAnswerText("iv nurse salary")).not.toContain("level IV");
  });

  it("how fast one moves up from the job is its path, with no source giving the timing", () => {
    const text = lastAnswerText(
      "Help Desk Analyst - Tier 1 (Onsite) pay range?",
      "how fast can u move up from it",
    );
    expect(text).toContain("No source gives how long people stay as IT Support Specialist before moving up");
    expect(text).not.toContain("Getting started");
  });
});
