import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// Look-alikes of the session's new rules that read wrongly once they were merged: each rule kept where it was
// meant to fire, and no longer where its words meant something else. Occupations need the whole official
// layer, as the probe reads it.
describe.skipIf(!officialLayerInstalled)(
  "the session's rules on their look-alikes",
  { timeout: 60_000 },
  () => {
    it("reads a software package to pick as no pay, and a job's package still as its pay", () => {
      const react = saidWithLayer("what package should i use for charts in react as a frontend developer");
      expect(react).toContain("React for a Front-End Developer:");
      expect(react).not.toContain("Front-End Developer pay:");
      for (const q of [
        "which package do you use for state in react as a frontend dev",
        "waht package shoud i use for charts in react as a frontend devloper",
      ])
        expect(saidWithLayer(q)).not.toContain("Front-End Developer pay:");
      expect(saidWithLayer("what is data analyst package in us")).toContain("Data Analyst pay:");
      expect(saidWithLayer("what is the package for a frontend developer")).toContain(
        "Front-End Developer pay:",
      );
    });

    it("reads a pharmacy one works at as the place, and 'pharmacy' alone still as pharmacists", () => {
      const cashier = saidWithLayer("i work at a pharmacy as a cashier, how do i become a data analyst");
      expect(cashier).toContain("From Cashiers to Data Analyst");
      expect(cashier).not.toContain("Pharmacists");
      expect(
        saidWithLayer("i was a cashier at a pharmacy for 3 years, how do i get into it support"),
      ).toContain("From Cashiers to IT Support Specialist");
      expect(saidWithLayer("is pharmacy a good career")).toContain("Pharmacists (SOC 29-1051)");
      expect(saidWithLayer("pharmacy or nursing which pays more")).toContain("Pharmacists (SOC 29-1051)");
    });

    it("reads management spoken to as no move into it, and going into management still as one", () => {
      for (const q of [
        "as a developer how do i talk to management about a raise",
        "dev here, how do i report a bug to management",
        "engineer here, how should i pitch this idea to management",
      ])
        expect(saidWithLayer(q)).not.toContain("From Software Engineer to Engineering Manager");
      expect(saidWithLayer("as a developer should i go into management")).toContain(
        "From Software Engineer to Engineering Manager",
      );
      expect(saidWithLayer("senior engineer here, thinking about going into management")).toContain(
        "From Software Engineer to Engineering Manager",
      );
    });

    it("reads production line workers as no linemen, and a utility's linemen still as theirs", () => {
      for (const q of [
        "how much do line workers at an electric car factory make",
        "line workers at a cable factory salary",
        "assembly line workers at a power tool company pay",
      ]) {
        const said = saidWithLayer(q);
        expect(said).not.toContain("Electrical Power-Line Installers and Repairers");
        expect(said).not.toContain("Telecommunications Line Installers and Repairers");
      }
      expect(saidWithLayer("assembly line workers at a power tool company pay")).toContain(
        "Engine and Other Machine Assemblers (SOC 51-2031)",
      );
      expect(saidWithLayer("what does a lineman for the power company make")).toContain(
        "Electrical Power-Line Installers and Repairers (SOC 49-9051)",
      );
      expect(saidWithLayer("line workers at the power company pay")).toContain(
        "Electrical Power-Line Installers and Repairers (SOC 49-9051)",
      );
      expect(saidWithLayer("linemen at the phone company salary")).toContain(
        "Telecommunications Line Installers and Repairers (SOC 49-9052)",
      );
    });

    it("reads a term that starts with a word of growth as that term, and the word alone still as the outlook", () => {
      for (const q of [
        "what is growth mindset",
        "what is demand forecasting",
        "what's the future value of money",
      ])
        expect(saidWithLayer("data analyst salary", q)).not.toContain("Outlook for a Data Analyst:");
      expect(saidWithLayer("data engineer salary", "what is outlook for next 10 yrs")).toContain(
        "Outlook for a Software Data Engineer:",
      );
      expect(saidWithLayer("sre", "what is demand now")).toContain(
        "Outlook for a Site Reliability Engineer:",
      );
    });
  },
);
