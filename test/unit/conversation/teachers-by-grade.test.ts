import { beforeAll, describe, expect, it } from "vitest";
import { gradesNamed } from "../../../src/understanding/text/school-grades.js";
import { stageNamed } from "../../../src/understanding/text/school-stages.js";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";

// A teacher named by the grades taught ("3rd grade teacher", "k-5", "grade 11 english") is the teacher of
// the stage of school those grades are taught at, the way O*NET files teachers; a sub is O*NET's own
// occupation of short-term substitutes.
describe("grades of school", () => {
  it("reads the grades said, kindergarten as grade 0", () => {
    expect(gradesNamed("3rd grade")).toEqual({ from: 3, to: 3 });
    expect(gradesNamed("third-grade")).toEqual({ from: 3, to: 3 });
    expect(gradesNamed("grade 11")).toEqual({ from: 11, to: 11 });
    expect(gradesNamed("grades 9 to 12")).toEqual({ from: 9, to: 12 });
    expect(gradesNamed("k 5")).toEqual({ from: 0, to: 5 });
    expect(gradesNamed("grade school")).toBeUndefined();
    expect(gradesNamed("13th grade")).toBeUndefined();
  });

  it("names the one stage of school the grades are taught at, and none for a range over several", () => {
    expect(stageNamed("1st grade")?.name).toBe("elementary school");
    expect(stageNamed("k-5")?.name).toBe("elementary school");
    expect(stageNamed("8th grade")?.name).toBe("middle school");
    expect(stageNamed("grades 9-12")?.name).toBe("high school");
    expect(stageNamed("grade k")?.name).toBe("kindergarten");
    expect(stageNamed("k-12")).toBeUndefined();
  });
});

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

describe.skipIf(!officialLayerInstalled)("teachers asked about by grade, subject or as a sub", () => {
  it("a grade's teacher gets the figures of the teachers of its stage, not a question back", () => {
    const third = saidWithLayer("3rd grade teacher salary");
    expect(third).toContain("Elementary School Teachers, Except Special Education (SOC 25-2021)");
    expect(third).not.toContain("Which one?");
    expect(saidWithLayer("8th grade teacher salary")).toContain("Middle School Teachers");
    expect(saidWithLayer("grade 11 english teacher salary")).toContain("Secondary School Teachers");
    expect(saidWithLayer("k-12 teacher salary")).toContain("Which one?");
  });

  it("a subject O*NET also lists at colleges is a school's subject where the stage is named", () => {
    expect(saidWithLayer("elementary school art teacher salary")).toContain(
      "Elementary School Teachers, Except Special Education (SOC 25-2021)",
    );
  });

  it("a substitute teacher is O*NET's short-term substitutes, with their own pay", () => {
    const sub = saidWithLayer("substitute teacher pay");
    expect(sub).toContain("Substitute Teachers, Short-Term (SOC 25-3031)");
    expect(sub).toContain("$41,670");
  });

  it("teaching a grade said as the job held starts a move from that stage's teachers", () => {
    expect(saidWithLayer("i teach 3rd grade, how much would i make as a data analyst")).toContain(
      "From Elementary School Teachers, Except Special Education to Data Analyst",
    );
  });
});
