import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// "is bookkeeping dying tho" after "bookkeeper wanting to switch to data analyst": a word of a job's decline
// asks its outlook (the decline first), not the thread's move again, read as a move out of the job with no
// end, which led with the ways into tech and asked for a target the thread had already named.
describe.skipIf(!officialLayerInstalled)("a job's decline asked after a move out of it", () => {
  it("gives the job's outlook, decline first, and asks for no target", () => {
    const text = saidWithLayer("bookkeeper wanting to switch to data analyst", "is bookkeeping dying tho");
    expect(text).toContain(
      "Declining, by BLS Employment Projections, 2024–34: projected employment change, bookkeeping, accounting, and auditing clerks",
    );
    expect(text).not.toContain("To get into tech from");
    expect(text).not.toContain("Name the one you have in mind");
  });

  it("reads other words of decline and other jobs left the same way", () => {
    const cases: [string, string, string][] = [
      ["accountant -> data scientist", "is accounting declining", "Growing, by BLS Employment Projections"],
      [
        "im a cashier, want to get into it support",
        "are cashier jobs dying",
        "cashiers, 2024–34 (a decline)",
      ],
      ["nurse here thinking about data analyst", "is nursing dying", "registered nurses, 2024–34"],
    ];
    for (const [move, asked, said] of cases) {
      const text = saidWithLayer(move, asked);
      expect(text, asked).toContain(said);
      expect(text, asked).not.toContain("To get into tech from");
    }
  });
});
