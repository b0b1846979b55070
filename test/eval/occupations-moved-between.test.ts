import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// Occupations outside tech as people name them: a job held said as its work ("i drive otr", "than
// trucking"), two occupations weighed against each other or moved between ("lpn to rn"), and a manager of
// another kind named after "Which manager do you mean?". Growth asked of nothing is asked back. The
// occupations need the whole official layer (Heavy and Tractor-Trailer Truck Drivers, Food Service Managers).
const answer = saidWithLayer;

describe.skipIf(!officialLayerInstalled)("a job said as its work", () => {
  it("reads driving over the road and trucking as the truck driver's job, a move with pay side by side", () => {
    const text = answer(
      "i drive otr, 41 yo, is going for network admin a dumb idea at my age. would i even make more than trucking",
    );
    expect(text).toContain("From Heavy and Tractor-Trailer Truck Drivers to Network Administrator");
    expect(text).toContain("Median annual wage, heavy and tractor-trailer truck drivers (US): $58,640");
    expect(text).toContain("Median annual wage, network and computer systems administrators (US): $99,130");
    expect(text).not.toContain("I could not read");
  });

  it("weighs the pay of the work named after 'than' against the role", () => {
    const text = answer("would i make more as a network admin than trucking");
    expect(text).toContain("Heavy and Tractor-Trailer Truck Drivers (SOC 53-3032)");
    expect(text).toContain("Beside Network Administrator");
  });

  it("reads other trades' work the same way, as a side of a move or a comparison", () => {
    expect(answer("leaving welding for cybersecurity, pay?")).toContain(
      "From Welders, Cutters, Solderers, and Brazers to Information Security Analyst",
    );
    const trades = answer("plumbing or electrician which pays more");
    expect(trades).toContain("Plumbers, Pipefitters, and Steamfitters (SOC 47-2152)");
    expect(trades).toContain("Beside Electricians");
  });

  it("leaves the work alone where it is no side: a kind of company, or tech's own work", () => {
    expect(answer("a trucking company pays how much for a data analyst")).toContain("Data Analyst pay");
    expect(answer("is testing a good skill for qa")).toContain("Skills for a QA Engineer");
  });
});

describe.skipIf(!officialLayerInstalled)("two occupations outside tech, moved between or weighed", () => {
  it("sets the LPN's and the RN's pay and outlook side by side", () => {
    for (const q of [
      "been an lpn for 4 yrs, is it worth going back for rn? whats the pay + outlook diff",
      "lpn to rn, pay and outlook",
    ]) {
      const text = answer(q);
      expect(text, q).toContain("Licensed Practical and Licensed Vocational Nurses (SOC 29-2061)");
      expect(text, q).toContain(
        "Beside Registered Nurses: median annual wage, registered nurses (US), $97,550",
      );
      expect(text, q).toContain(
        "Projected employment change, 2024–34: 2.6% here, 4.9% for Registered Nurses",
      );
    }
  });

  it("keeps one occupation named twice to one set of figures", () => {
    expect(answer("im a nurse, what do rns make")).not.toContain("Beside");
  });
});

describe.skipIf(!officialLayerInstalled)(
  "a manager of another kind, after 'Which manager do you mean?'",
  () => {
    it("says managers outside tech can be named", () => {
      expect(answer("how much does a manager make")).toContain("managers outside tech");
    });

    it("reads the kind named as that manager's occupation", () => {
      expect(answer("how much does a manager make", "restaurant")).toContain(
        "Food Service Managers (SOC 11-9051)",
      );
      expect(answer("how much does a manager make", "a hotel")).toContain("Lodging Managers (SOC 11-9081)");
      expect(answer("how much does a manager make", "the restaurant one")).toContain("Food Service Managers");
    });

    it("asks growth of that occupation next, never an ML trend", () => {
      const text = answer("how much does a manager make", "restaurant", "growing?");
      expect(text).toContain("projected employment change, food service managers");
      expect(text).not.toContain("MLOps");
    });

    it("still picks an offered role by its word", () => {
      expect(answer("how much does a manager make", "engineering")).toContain("Engineering Manager pay");
    });
  },
);

describe.skipIf(!officialLayerInstalled)("growth asked of nothing", () => {
  it("asks which role or occupation, never answers with an ML trend or market figure", () => {
    for (const q of ["growing?", "still growing?", "growing or shrinking?", "in demand?"]) {
      const text = answer(q);
      expect(text, q).toContain("Which role do you mean?");
      expect(text, q).toContain("any occupation");
      expect(text, q).not.toContain("ML");
    }
  });
});
