import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText, lastAnswerText } from "../support/questions.js";

// A job held or named beside a comparison of roles: someone the asker knows ("our IT director uses them
// interchangeably") is no side of it; a job held is where the options start ("im on the hospital IT help
// desk"), or who they are weighed for ("which fits a ex store manager", "where does my background transfer
// better"). Before, the job was answered in place of the comparison, or set beside it as a third side.
describe("a held or named job beside a comparison of roles", () => {
  it("leaves out a person the asker knows, named by their job", () => {
    const text = answerText(
      "devops enginer vs site reliabilty, whats the actual difference? our IT director uses them interchangeably",
    );
    expect(text).toContain("DevOps Engineer vs Site Reliability Engineer");
    expect(text).not.toContain("Computer and Information Systems Managers");
    // A job set against a role in so many words is still its own card.
    expect(answerText("our it director makes 180k, how does that compare to devops")).toContain(
      "Beside DevOps Engineer",
    );
  });

  it("compares the roles for someone coming from the occupation", () => {
    const text = lastAnswerText(
      "retail store manager → *product manager*, is that a thing? i managed 60 ppl and a $14M p&l",
      "prodcut manager vs enginering manager, which fits a ex store manager better",
    );
    expect(text).toContain("Product Manager vs Engineering Manager");
    expect(text).not.toContain("official US figures");
  });

  it("reads a desk one is on, with where it is, as the job held", () => {
    const text = answerText(
      "sytems analist vs sys admin which one pays more?? im on the hospital IT help desk rn and trying to pick where to go next",
    );
    expect(text).toContain("Computer Systems Analyst vs System Administrator");
    expect(text).toContain("Options from IT Support Specialist");
    expect(text).not.toContain("vs IT Support Specialist");
  });

  it("compares a role named as a better aim with the thread's", () => {
    const text = lastAnswerText(
      "im a lab tech (MLS, 6 yoe, mostly micro) and honestly thinking of moving into data analyst work, how big of a jump is that realistically",
      "would ml be a better long term target tho or is it too much math",
    );
    expect(text).toContain("Data Analyst vs Machine Learning Engineer");
    // Math asked of one role alone is still its math.
    expect(answerText("is ml too much math")).toContain(
      "Mathematics and statistics a Machine Learning Engineer works with",
    );
  });

  it("weighs one role in two places after a comparison", () => {
    const text = lastAnswerText(
      "ml vs data analyst for someone with a biostat masters",
      "does ml pay more in nyc or sf",
    );
    expect(text).toContain(
      "Machine Learning Engineer, New York City, NY vs Machine Learning Engineer, San Francisco, CA",
    );
    expect(text).not.toContain("Data Analyst");
  });
});

// The options weighed from an occupation need its official figures: the whole layer loads once, first.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

describe.skipIf(!officialLayerInstalled)("options weighed from an occupation held", () => {
  it("weighs the options from an occupation held when asked what carries over", () => {
    const text = saidWithLayer(
      "RN 10 yrs in ohio, burnt out. thinking cybersecurity or data analyst in health care, where does my background transfer better",
    );
    expect(text).toContain("Information Security Analyst vs Data Analyst");
    expect(text).toContain("Options from Registered Nurses (SOC 29-1141)");
    expect(text).toContain("$97,550");
    const forklift = saidWithLayer(
      "secuirty analyst vs dev ops enginer, which one is easyer to get in without degree",
      "honestly im a forklift operator rn, which of them is more realistic for me to move into",
    );
    expect(forklift).toContain("Options from Industrial Truck and Tractor Operators (SOC 53-7051)");
    // With no word of what fits the one asking, the occupation's card sets the options beside it.
    const fits = saidWithLayer(
      "retail store manager → *product manager*, is that a thing? i managed 60 ppl and a $14M p&l",
      "prodcut manager vs enginering manager, which fits a ex store manager better",
    );
    expect(fits).toContain("Options from First-Line Supervisors of Retail Sales Workers (SOC 41-1011)");
    const card = saidWithLayer("nurse 8 yrs. data analyst or it support?");
    expect(card).toContain("Beside Data Analyst");
    expect(card).not.toContain("Options from Registered Nurses");
  });
});
