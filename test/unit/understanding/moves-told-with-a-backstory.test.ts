import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";
import { lastAnswerText, understand } from "../../support/questions.js";

// Moves told with a backstory: the job held is said in passing ("ive taught hs math", "8 yoe backend",
// "(barista, ~$15/hr)"), and what follows in the thread keeps it as where the move starts.
describe("moves told with a backstory", () => {
  it("a clause about oneself is no job title, and no plural is made of it", () => {
    const read = understand("and skill-wise what am i missing, ive never managed anyone lol");
    expect(read.entities.unknownTitle).toBeUndefined();
    expect(read.entities.titleLike).toBeUndefined();
    const gap = lastAnswerText(
      "6 yoe frontend, my lead wants me to go EM. is the pay worth it?",
      "and what skills am i missing, ive never managed people before",
    );
    expect(gap).toContain("From Front-End Developer to Engineering Manager");
    expect(gap).not.toContain("manageds");
  });

  it("a job said with what it pays, in an aside of a long message, is read", () => {
    const read = understand("vs what im making now lol (cashier, ~$14/hr + tips), is it a big jump");
    expect(read.entities.uncovered.map((o) => o.typed)).toEqual(["cashier"]);
  });

  it("a stepping stone after a move is the move from the same start into it", () => {
    expect(
      lastAnswerText(
        "data analyst, 3 yoe, want to move into data science. whats the gap",
        "would data engineer be a better stepping stone first",
      ),
    ).toContain("From Data Analyst to Software Data Engineer");
  });

  it("options from the role held, with a level and a place, are weighed from it", () => {
    const options = lastAnswerText(
      "android dev, 5 yoe, senior at a bank in boise. options are EM or switching to product manager, which pays more",
    );
    expect(options).toContain("Options from Mobile Developer, side by side");
  });

  it("AI feared to take an occupation's work is no move into ML", () => {
    const read = understand(
      "CPA, 7 yrs at a mid size firm. is ai gonna eat it? and what do financial analysts make",
    );
    expect(read.roles.map((r) => r.id)).not.toContain("machine-learning-engineer");
    expect(read.entities.uncovered.map((o) => o.typed)).toEqual(["cpa", "financial analysts"]);
  });
});

// Read with the whole official layer: "teaching" stands for eleven occupations, one per stage of school.
describe.skipIf(!officialLayerInstalled)("a teacher's move told with a backstory", () => {
  const opening = "long story short ive taught high school english for 10 years. thinking data analyst";
  const secondary = "Secondary School Teachers, Except Special and Career/Technical Education";

  it("the stage taught says which teacher, and 'teaching' later in the thread is that one", () => {
    expect(saidWithLayer(opening)).toContain(`From ${secondary} to Data Analyst`);
    const growth = saidWithLayer(opening, "is that growing faster than teaching?");
    expect(growth).not.toContain("Which one?");
    expect(growth).toContain("Outlook for a Data Analyst");
    expect(
      saidWithLayer(opening, "is that growing faster than teaching?", "what skills would i be missing"),
    ).toContain(`From ${secondary} to Data Analyst`);
  });

  it("AI feared to take an occupation's work is said to be measured by no source", () => {
    const outlook = saidWithLayer(
      "paralegal here, 6 yrs. whats the outlook for paralegals, will ai replace us?",
    );
    expect(outlook).toContain(
      "No source measures how much of the work of paralegals and legal assistants AI",
    );
    expect(outlook).not.toContain("Machine Learning Engineer");
  });
});

// "vs doing IT support first as a stepping stone?" after electrician → network administrator: the step was
// answered as the way into IT support from nothing, the move's end lost; it is weighed beside that end.
describe.skipIf(!officialLayerInstalled)("a stepping stone after a move from an occupation", () => {
  it("sets the step beside the move's end, pay and schooling of both", () => {
    const text = saidWithLayer(
      "electrician here, 10 yrs. is network administrator a reasonable jump? what does it pay compared to what i make now",
      "vs doing IT support first as a stepping stone?",
    );
    expect(text).toContain("Network Administrator vs IT Support Specialist");
    expect(text).toContain("$61,860");
    expect(text).toContain("bachelor's degree");
    expect(text).not.toContain("could not read");
  });
});
