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

// "health information technologists": one half of an own title joined by "and" names the occupation, as the
// whole title would, never a shorter title inside it ("technologist", another occupation's name).
const joinedTitles = new TitleIndex([
  {
    soc: "29-9021",
    ranked: [
      ["Health Information Technologists and Medical Registrars"],
      ["Medical Records Analyst"],
      ["Cancer Registrar", "Tumor Registrar", "Certified Tumor Registrar"],
      [],
    ],
  },
  {
    soc: "29-2099",
    ranked: [
      ["Health Technologists and Technicians, All Other"],
      [],
      [
        "Surgical Technologist",
        "Nuclear Technologist",
        "Surgical Technician",
        "Dialysis Technician",
        "Orthopedic Technician",
      ],
      [],
    ],
  },
  {
    soc: "29-2010",
    ranked: [["Clinical Laboratory Technologists and Technicians"], [], [], []],
  },
  {
    soc: "17-3023",
    ranked: [
      ["Electrical and Electronic Engineering Technologists and Technicians"],
      [],
      ["Technologist", "Engineering Technologist", "Electronics Technologist"],
      [],
    ],
  },
  { soc: "43-9041", ranked: [["Insurance Claims and Policy Processing Clerks"], [], ["Claims Clerk"], []] },
]);

describe("one half of an own title joined by 'and'", () => {
  it("names the occupation, whichever half is typed", () => {
    expect(joinedTitles.lookup("health information technologists")).toEqual(["29-9021"]);
    expect(joinedTitles.lookup("health information technologist")).toEqual(["29-9021"]);
    expect(joinedTitles.lookup("medical registrar")).toEqual(["29-9021"]);
    expect(joinedTitles.lookup("clinical laboratory technologist")).toEqual(["29-2010"]);
    // The words before the last shared: "Clinical Laboratory … Technicians".
    expect(joinedTitles.lookup("clinical laboratory technicians")).toEqual(["29-2010"]);
  });

  it("is no name where the half is a modifier, not a worker", () => {
    // "Electrical and Electronic …": "electrical" alone is no job.
    expect(joinedTitles.lookup("electrical")).toEqual([]);
    // "Insurance Claims and …": "insurance claims" ends in no job's head.
    expect(joinedTitles.lookup("insurance claims")).toEqual([]);
  });
});

// "hvac technician": O*NET lists the worker as "HVAC Tech" only, its long form spelt out; the full word typed
// after the same words is that short title. Not after initials of two letters ("av technician"), and a title
// listed with "technician" itself stays its own.
const shortTechTitles = new TitleIndex([
  {
    soc: "49-9021",
    ranked: [
      ["Heating, Air Conditioning, and Refrigeration Mechanics and Installers"],
      [],
      ["HVAC Tech (Heating, Ventilation, and Air Conditioning Technician)"],
      [],
    ],
  },
  {
    soc: "27-4011",
    ranked: [["Audio and Video Technicians"], [], ["AV Tech (Audio Visual Technician)"], []],
  },
  { soc: "29-2052", ranked: [["Pharmacy Technicians"], [], ["Pharmacy Tech"], []] },
  { soc: "31-9095", ranked: [["Pharmacy Aides"], [], ["Pharmacy Technician"], []] },
]);

describe("a title said with 'technician' where O*NET lists 'tech'", () => {
  it("names the occupation of the short title", () => {
    expect(shortTechTitles.lookup("hvac technician")).toEqual(["49-9021"]);
    expect(shortTechTitles.lookup("hvac technicians")).toEqual(["49-9021"]);
  });

  it("is no title after two-letter initials, and leaves a title listed in full", () => {
    expect(shortTechTitles.lookup("av technician")).toEqual([]);
    expect(shortTechTitles.lookup("pharmacy technician")).toEqual(["29-2052"]);
  });
});
