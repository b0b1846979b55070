import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// A question of the IT field, and in a sentence of its own the job the asker holds outside tech: the job is
// who asks. Before, the answer was that job's official figures (a travel agent's outlook, printing press
// operators' pay, office supervisors' figures), and the field's question went unanswered.
describe.skipIf(!officialLayerInstalled)("a job told beside a question of IT", () => {
  it("answers the field's outlook, not the job's", () => {
    for (const q of [
      "is IT a stable career? my job as a travel agent is going away",
      "which IT jobs are growing fastest? currently doing _field service_ for printers",
    ]) {
      const text = saidWithLayer(q);
      expect(text, q).toContain("Fastest growing IT roles");
      expect(text, q).not.toContain("official US figures");
    }
  });

  it("answers what the field needs, not the job's figures", () => {
    const certs = saidWithLayer(
      "what certs should I get for IT? I work retail, have a `CompTIA A+` book open right now :books:",
    );
    expect(certs).toContain("Certifications for an IT Support Specialist");
    expect(certs).not.toContain("Retail Salespersons");
    const degree = saidWithLayer("does IT need a degree? im a receptionist at a dental office");
    expect(degree).toContain("Education for an IT Support Specialist");
    expect(degree).not.toContain("official US figures");
    const coding = saidWithLayer("do IT people need to code? I'm an office admin and I hate coding lol");
    expect(coding).toContain("Which IT role do you mean?");
    expect(coding).not.toContain("Office and Administrative Support");
  });

  it("keeps the job where a move is asked, or it is set against the field", () => {
    expect(saidWithLayer("how long does it take to get into IT from zero? I'm a line cook")).toContain(
      "From Cooks, Restaurant to IT Support Specialist",
    );
    expect(saidWithLayer("I'm a teacher. how do I get into IT?")).toContain(
      "From teacher to IT Support Specialist",
    );
    expect(saidWithLayer("IT or nursing, which pays more? I'm a nurse")).toContain("Registered Nurses");
  });
});

// "it's IT, not CS - what's the difference? I'm a junior sysadmin fwiw": the role told in a clause of its own
// is who asks. Before, the answer asked back which IT role to compare System Administrator with, or said
// System Administrator counts as IT, and the field against the subject went unanswered.
describe.skipIf(!officialLayerInstalled)("IT against CS, a role told beside", () => {
  it("weighs the field against the subject", () => {
    for (const q of [
      "my uncle keeps saying _it's IT, not CS_ - what's the actual difference? I'm a junior sysadmin fwiw",
      "I work as a network admin. is IT the same thing as CS?",
      "sysadmin here, is IT different from CS?",
      "whats the difference between IT and CS? im a data analyst",
    ]) {
      const text = saidWithLayer(q);
      expect(text, q).toContain("IT names a field of work; computer science is a subject of study.");
      expect(text, q).not.toContain("Pick one");
    }
  });

  it("still says whether a role named as the question's subject counts as IT", () => {
    expect(saidWithLayer("is a database administrator an IT job?")).toContain(
      "Yes: Database Administrator is one of the roles I count as IT.",
    );
  });
});

// "IT or software dev, which pays better? currently desktop support": the roles before "currently" are the
// question's options, no history of jobs held. Before, they were dropped and IT set against IT support alone.
describe.skipIf(!officialLayerInstalled)("options weighed, then the job held now", () => {
  it("keeps the options", () => {
    const text = saidWithLayer(
      "I.T. or software dev, which one pays better? currently *desktop support* at a school district",
    );
    expect(text).toContain("Pay: Software Engineer vs IT Support Specialist");
    expect(text).not.toContain("Compare IT Support Specialist with which IT role?");
    expect(
      saidWithLayer("software dev or data analyst, which one pays better? currently a help desk tech"),
    ).toContain("Software Engineer vs Data Analyst");
  });

  it("still drops a history told before the job held now", () => {
    const text = saidWithLayer("IT helpdesk to QA to now QA engineer, should i aim for devops engineer?");
    expect(text).toContain("From QA Engineer to DevOps Engineer");
  });
});

// "what do X jobs pay in <place>": pay, not what the job does (a place made the words lean to duties).
describe.skipIf(!officialLayerInstalled)("what a role's jobs pay in a place", () => {
  it("gives pay", () => {
    for (const q of [
      "what do IT help desk jobs pay in chicago? currently unemployed after a layoff :pensive:",
      "what do data analyst jobs pay in boston?",
    ]) {
      const text = saidWithLayer(q);
      expect(text, q).toContain(" pay");
      expect(text, q).toContain("Median annual wage");
      expect(text, q).not.toMatch(/What an? .* does:/);
    }
    expect(saidWithLayer("what do data analysts do in boston?")).toContain("What a Data Analyst does:");
  });
});

// "I work at a Walmart DC": the employer's distribution center, never Washington, DC.
describe.skipIf(!officialLayerInstalled)("an employer's DC", () => {
  it("is no place", () => {
    const text = saidWithLayer("what does Amazon pay IT support folks? I work at a Walmart DC :package:");
    expect(text).toContain("No figures for Amazon or Walmart");
    expect(text).not.toContain("Washington, DC");
    expect(saidWithLayer("data analyst pay in dc")).toContain("No figures for Washington, DC");
    expect(saidWithLayer("what do sysadmins make in washington dc?")).toContain(
      "No figures for Washington, DC",
    );
  });
});

// "is it hard to get into IT without a degree?": getting in weighed is the way in, not the roles that need
// no degree ranked by pay (a ranking of one role); which jobs need none is still that ranking.
describe.skipIf(!officialLayerInstalled)("getting into IT without a degree, weighed", () => {
  it("answers the way in", () => {
    for (const q of [
      "is it hard to get into IT without a degree? I drive for UPS :truck:",
      "is it possible to break into IT without a degree",
    ]) {
      const text = saidWithLayer(q);
      expect(text, q).toContain("IT Support Specialist");
      expect(text, q).not.toContain("Best paid roles that need no degree");
    }
    expect(saidWithLayer("which IT jobs can you get into without a degree?")).toContain(
      "Best paid roles that need no degree",
    );
  });
});
