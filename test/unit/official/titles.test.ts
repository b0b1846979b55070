import { describe, expect, it } from "vitest";
import { TitleIndex } from "../../../src/official/titles.js";

// "radiologic tech": "tech" ending a title is short for technician or technologist, read only as a name an
// occupation is plainly called (its own or a featured title), and not after initials ("ai tech").
const titles = new TitleIndex([
  {
    soc: "29-2034",
    ranked: [
      ["Radiologic Technologists and Technicians"],
      ["Radiologic Technologist (RT)"],
      ["Radiologic Technician"],
      [],
    ],
  },
  { soc: "29-2042", ranked: [["Emergency Medical Technicians"], ["EMT"], ["ED Technician"], []] },
  { soc: "45-2021", ranked: [["Animal Breeders"], ["AI Technician"], [], []] },
]);

describe("a title said with 'tech'", () => {
  it("names the occupation plainly called the technician or technologist", () => {
    expect(titles.lookup("radiologic tech")).toEqual(["29-2034"]);
    expect(titles.lookup("radiologic techs")).toEqual(["29-2034"]);
  });

  it("is no rare other name of an occupation, nor a title after initials", () => {
    expect(titles.lookup("ed tech")).toEqual([]);
    expect(titles.lookup("ai tech")).toEqual([]);
  });
});
