import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// Past bug (r75): "nurse 12 yrs, weekends at the store for extra $ … would systems analyst be a stretch?"
// read the nursing as done on the side and the weekends as working hours asked: a systems analyst's duties,
// "nothing on working hours". A weekend job somewhere is a second job, and the move from nursing is answered.
describe("a second job at weekends", () => {
  it.skipIf(!officialLayerInstalled)("leaves the first job the move's start", () => {
    const text = saidWithLayer(
      "nurse 12 yrs, weekends at the store for extra $. burned out. would systems analyst be a stretch? i use epic all day and im the one everyone asks when it glitches",
    );
    expect(text).toContain("From Registered Nurses to Computer Systems Analyst");
    expect(text).not.toContain("nothing on working hours");
  });

  it.skipIf(!officialLayerInstalled)("still asks the hours where a job's weekends are asked", () => {
    expect(saidWithLayer("do data analysts work weekends at a startup")).toContain(
      "nothing on working hours",
    );
  });
});
