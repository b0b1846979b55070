import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// Past bug (r75): "sys analyst vs it supprt, which is faster to get hired into from nursing" gave the
// nurses' own card ("sys analyst" unread). Both roles are read, and compared for someone from nursing.
describe("two roles weighed from the occupation held", () => {
  it.skipIf(!officialLayerInstalled)("compares the roles for someone from it", () => {
    const text = saidWithLayer(
      "or sys analyst vs it supprt, which is faster to actually get hired into from nursing",
    );
    expect(text).toContain("Computer Systems Analyst vs IT Support Specialist");
    expect(text).toContain("Options from Registered Nurses (SOC 29-1141)");
    expect(text).not.toContain("Registered Nurses (SOC 29-1141): official US figures");
  });

  it.skipIf(!officialLayerInstalled)("reads 'sys analyst' as a systems analyst", () => {
    expect(saidWithLayer("sys analyst salary")).toContain("Computer Systems Analyst pay");
  });
});
