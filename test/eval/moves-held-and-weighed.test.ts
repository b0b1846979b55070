import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// r72's misses: a field held "on" ("been on cust support 3 yrs") was no move's start, so the way into QA came
// alone; a role weighed as "a realistic switch for me" after a job held was the way in from nothing; roles
// "ranked by pay" with a level said lost the pay to the whole comparison; two roles set against each other
// "long term" were their pay alone, or after a move, the way on from its end. The occupations need the whole
// official layer.
describe.skipIf(!officialLayerInstalled)(
  "moves from a job held, roles ranked by pay, roles set against long term",
  () => {
    it("reads a field held 'on' as the move's start, and its pay beside the end's after", () => {
      const move = "been on cust support 3 yrs on the fintech side, want to move into qa. is that dumb";
      expect(saidWithLayer(move)).toContain("From Customer Service Representatives to QA Engineer");
      const pay = saidWithLayer(move, "do they make more than what i make now");
      expect(pay).toContain("Pay: Customer Service Representatives vs QA Engineer");
      expect(pay).toContain("On these figures QA Engineer pays more.");
      // "on the phone with customer support" holds no job.
      expect(saidWithLayer("im on the phone with customer support")).not.toContain(
        "Customer Service Representatives",
      );
    });

    it("weighs a role as a realistic switch from the job the thread is about", () => {
      const text = saidWithLayer(
        "im a claims adjuster in toledo, whats the median pay for my job in ohio",
        "would data analyst be a realistic switch for me, i do a ton of excel already",
      );
      expect(text).toContain("From Claims Adjusters, Examiners, and Investigators to Data Analyst");
      // Another end weighed as too much of a stretch: the move from the same job into it.
      expect(
        saidWithLayer(
          "im a claims adjuster in toledo, whats the median pay for my job in ohio",
          "would data analyst be a realistic switch for me, i do a ton of excel already",
          "or is ml too much of a stretch? we're piloting an ml claims triage thing and it looks cool",
        ),
      ).toContain("From Claims Adjusters, Examiners, and Investigators to Machine Learning Engineer");
      // With no job held, the same words still ask the way in.
      expect(saidWithLayer("would data analyst be a realistic switch for me")).not.toContain("From ");
    });

    it("ranks roles by pay at the level said, and leaves a ranking with no word of pay a comparison", () => {
      const text = saidWithLayer("ok rank mle vs data scienist vs data enginer by pay, mid level");
      expect(text).toContain("Pay: Machine Learning Engineer vs Data Scientist vs Software Data Engineer");
      expect(text).toContain("no mid level figure for Data Scientist or Software Data Engineer");
      expect(saidWithLayer("rank mle vs data scientist, mid level")).toContain("What they do:");
    });

    it("sets two roles' outlooks side by side long term, after a move too; pay asked stays pay", () => {
      expect(saidWithLayer("qa engineer vs devops engineer long term")).toContain("QA Engineer grows faster");
      const after = saidWithLayer(
        "been on cust support 3 yrs, want to move into qa",
        "what about qa engeneer vs devops enginer long term",
      );
      expect(after).toContain("QA Engineer grows faster");
      expect(after).not.toContain("toward DevOps Engineer");
      expect(saidWithLayer("qa vs devops pay long term")).toContain("Pay: QA Engineer vs DevOps Engineer");
    });
  },
);
