import { describe, expect, it } from "vitest";
import { answerText, understand } from "../../support/questions.js";

// "windows server + vmware": a product among the tools someone works with was read as their employer, and
// the answer opened with "No figures for VMware".
describe("an employer's product among the tools one works with", () => {
  it("names no employer", () => {
    expect(
      understand("sysadmin, 6 yoe, windows server + vmware. what do cloud architects make").company,
    ).toBeUndefined();
    expect(
      answerText("sysadmin, 4 yrs, mostly working with vmware. what do cloud architects make"),
    ).not.toContain("No figures for VMware");
  });

  it("still reads the employer where a pay question puts it", () => {
    expect(answerText("what does vmware pay sysadmins")).toContain("No figures for VMware");
    expect(understand("google + meta pay for swe").entities.employers).toEqual(["Google", "Meta"]);
  });
});
