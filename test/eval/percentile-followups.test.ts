import { describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// A percentile asked after an occupation's official figures ("what about the 25th percentile", "top 10%",
// "bottom quarter") is that percentile of the figures shown, for the thread's occupation. Occupations beyond
// the curated roles' need the whole official layer (test/support/official-layer.ts); figures are read from it.
const pay = (soc: string) => knowledgeWithLayer().official?.bySoc.get(soc)?.pay;
const usd = (n: number | string | undefined) => `$${Number(n).toLocaleString("en-US")}`;

describe.skipIf(!officialLayerInstalled)("a percentile asked of an occupation's figures", () => {
  const bakers = "i own a bakery, whats the median pay for bakers nationally?";

  it("gives that percentile of the thread's occupation, however it is asked", () => {
    const p25 = `25th percentile, bakers: ${usd(pay("51-3011")?.p25)}`;
    for (const q of ["what about the 25th percentile", "bottom quarter?", "whats the 25th pct"]) {
      const text = saidWithLayer(bakers, q);
      expect(text).toContain(p25);
      expect(text).not.toContain("outside what I know");
    }
    expect(saidWithLayer(bakers, "and the top 25%")).toContain(
      `75th percentile, bakers: ${usd(pay("51-3011")?.p75)}`,
    );
  });

  it("stays on the occupation after one percentile asked, for the next", () => {
    const nurses = "how much do registered nurses make";
    const text = saidWithLayer(nurses, "whats the top 10% making", "what about the 25th percentile");
    expect(text).toContain(`25th percentile, registered nurses: ${usd(pay("29-1141")?.p25)}`);
  });

  it("says which percentiles there are for one the figures do not give", () => {
    const text = saidWithLayer("how much do registered nurses make", "top 5%?");
    expect(text).toContain("The figures give no 95th percentile");
    expect(text).toContain(`90th percentile, registered nurses: ${usd(pay("29-1141")?.p90)}`);
  });
});
