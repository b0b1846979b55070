import { beforeAll, describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// The whole official layer and the pipeline over it load once, before the first question, however busy the
// machine.
beforeAll(() => {
  if (officialLayerInstalled) saidWithLayer("hi");
}, 120_000);

// The last session's closing note (left8): each a kind of wording read wrong, with look-alikes that must
// read the same way and ones that must stay as they were. Answers with official figures need the layer.
const said = saidWithLayer;

describe.skipIf(!officialLayerInstalled)("the last note's wordings (left8)", () => {
  it("reads how hot a role is as its outlook, not its duties", () => {
    for (const q of ["are data engineers hot right now?", "data engineering hot rn?"])
      expect(said(q)).toContain("Outlook for a Software Data Engineer:");
  });

  it("reads a role's word with two letters side by side left out inside it", () => {
    expect(said("data scienst vs sofware enginer")).toContain("Data Scientist vs Software Engineer");
    expect(said("data scienst salary")).toContain("Data Scientist pay:");
    // A word cut at its end is no role's: "develop" is no "developer".
    expect(said("web develop salary")).not.toContain("Web Developer");
  });

  it("reads a pasted posting's heading: the employer between the bars, the place after", () => {
    const text = said("Senior Backend Engineer | Datadog | New York, NY — is the pay good?");
    expect(text).toContain("No figures for Datadog");
    expect(said("Machine Learning Engineer · Acme Robotics · Austin, TX")).toContain(
      "No figures for Acme Robotics",
    );
    // A third part that is no place keeps the heading as it was: remote work, no employer.
    expect(said("Data Analyst | Remote | is the pay good")).toContain("No figures for remote work");
  });

  it("reads a job done out of a place as done there, not a job left", () => {
    const text = said(
      "how much does a data scientist make at netflix",
      "and if i took it out of seattle instead?",
    );
    expect(text).toContain("No figures for Netflix");
    expect(text).not.toContain("Which role do you want to move to");
    expect(said("how much does a devops engineer make", "and if i worked out of austin?")).toContain(
      "DevOps Engineer pay:",
    );
  });

  it("weighs a role doubted against the one named as the fallback", () => {
    expect(said("is ml realistic without a phd or should i just do backend")).toContain(
      "Machine Learning Engineer vs Back-End Developer",
    );
    // With no other role named, the doubt is the role's entry needs still.
    expect(said("is ml realistic without a phd or should i get one first")).toContain(
      "Education for a Machine Learning Engineer",
    );
  });

  it("reads a job asked to be 'it' as the field", () => {
    expect(said("is a network engineer it?")).toContain("Not in the narrow sense: Network Architect");
    expect(said("are dbas it")).toContain("Yes: Database Administrator is one of the roles I count as IT.");
  });

  it("narrows a move's end to the field's role named by a word, keeping the move's start", () => {
    expect(said("i do it support, want to move into security", "the engineer one")).toContain(
      "From IT Support Specialist to Security Engineer",
    );
    expect(said("i do it support, want to move into security", "the analyst one")).toContain(
      "From IT Support Specialist to Information Security Analyst",
    );
  });

  it("reads running a small organization's IT as its system administrator", () => {
    expect(said("i run IT for a 40 person dental office")).toContain("System Administrator");
    expect(said("i run payroll for a dental office")).not.toContain("System Administrator");
  });

  it("reads a head narrowed in brackets as the role it narrows to", () => {
    expect(said("big data enginer (the cloud one) vs big dta software engneer")).toContain(
      "Big Data Cloud Engineer vs Big Data Software Engineer",
    );
  });

  it("reads a short form opening the message before a verb of weighing as the job held", () => {
    expect(said("i'm a senior dev thinking about management")).toContain(
      "Which management role do you want to move to from Software Engineer?",
    );
    expect(said("i'm a senior dev thinking about management", "what tools do EMs use")).toContain(
      "Engineering Manager",
    );
  });

  it("sets the next steps' pay beside the job a path starts from", () => {
    const text = said("it guy here, 6 yrs helpdesk. whats the next step and does it pay much better");
    expect(text).toContain("Career path for an IT Support Specialist");
    expect(text).toContain("Pay: IT Support Specialist vs Network Administrator");
  });

  it("keeps the employers named before the role changed", () => {
    expect(
      said(
        "how much does a data scientist make at google",
        "what about a software engineer at meta",
        "and at the first company",
      ),
    ).toContain("No figures for Google");
  });

  it("reads a place in a list set against a role as a pick, not a kind of job", () => {
    expect(said("what data roles are there", "data scientist vs the second one")).toContain(
      "Data Scientist vs Data Analyst",
    );
    expect(said("what data roles are there", "the first one vs the third one")).toContain(
      "Data Science Engineer vs Data Architect",
    );
  });
});
