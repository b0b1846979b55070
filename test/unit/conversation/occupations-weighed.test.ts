import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// "which one" after two occupations in the thread weighs both on what it asks, each figure with its source
// and release: never the last occupation alone, never the question back again.
describe.skipIf(!officialLayerInstalled)("two occupations weighed by a 'which' question", () => {
  it("sets both occupations asked in turn side by side on their openings each year", () => {
    const text = saidWithLayer(
      "i work in a warehouse, what else could i do",
      "what about truck driving",
      "which one has more openings per yr",
    );
    expect(text).toMatch(/^On BLS's projected openings each year, 2024–34, Laborers and Freight/);
    expect(text).toContain(
      "Openings projected each year, laborers and freight, stock, and material movers, hand, 2024–34 average: about 384,300 (BLS Employment Projections, 2024–34)",
    );
    expect(text).toContain(
      "Openings projected each year, heavy and tractor-trailer truck drivers, 2024–34 average: about 237,600 (BLS Employment Projections, 2024–34)",
    );
  });

  it("answers which needs more schooling of the two occupations a question back offered", () => {
    const text = saidWithLayer("how much do truck drivers make", "and which needs more schooling");
    expect(text).not.toContain("Which occupation do you mean");
    expect(text).toMatch(/^Heavy and Tractor-Trailer Truck Drivers ask more schooling to enter/);
    expect(text).toContain("Education for Light Truck Drivers:");
    expect(text).toContain("High school diploma or equivalent (BLS Employment Projections, 2024–34)");
  });

  it("answers which pays more of the two offered, with both medians", () => {
    const text = saidWithLayer("how much do truck drivers make", "which pays more");
    expect(text).toMatch(
      /^On BLS's median annual wage, May 2025, Heavy and Tractor-Trailer Truck Drivers earn more/,
    );
    expect(text).toContain("Median annual wage, light truck drivers (US): $44,860 (BLS OEWS, May 2025");
  });

  it("keeps the two for the next question, and a pick of one", () => {
    expect(
      saidWithLayer("how much do truck drivers make", "which pays more", "and which one is growing faster"),
    ).toMatch(/^On BLS's projections of employment change, 2024–34, Light Truck Drivers grow faster/);
    expect(saidWithLayer("how much do truck drivers make", "which pays more", "the first one")).toMatch(
      /^Heavy and Tractor-Trailer Truck Drivers \(SOC 53-3032\)/,
    );
  });

  it("still asks back where the question back offered five of more occupations", () => {
    expect(saidWithLayer("what do teachers make", "which pays more")).toContain(
      "Which occupation do you mean",
    );
  });

  it("leaves one occupation asked alone to its own answer", () => {
    const text = saidWithLayer("what about a forklift driver", "is it growing at least");
    expect(text).toMatch(/^Industrial Truck and Tractor Operators \(SOC 53-7051\)/);
  });
});

// A path asked with its pay in one message never drops the pay. "could that lead to network architect" after
// a network administrator's work is the move from it (as "will help desk lead to security" is), whose answer
// shows network architect's pay beside the thread role's (r76; it was the architect's path, then its pay).
describe.skipIf(!officialLayerInstalled)("a path and its pay asked in one message", () => {
  it("gives the move to network architect with network architect's pay", () => {
    const text = saidWithLayer(
      "what does a network administrator do",
      "longer term could that lead to network architect? what does that pay",
    );
    expect(text).toContain("From Network Administrator to Network Architect");
    expect(text).toContain("$134,050");
    expect(text).toContain("$99,130");
  });
});
