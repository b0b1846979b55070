import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// Past bug (r75): IT pay "at a manufacturing plant" gave IT support's pay as if it were the plant's, and
// "would it be a lot different at like 3M or GE" asked back which role to compare. No figures by employer
// or kind of employer: said first, then the general figures.
describe("manufacturers and their plants as employers", () => {
  it.skipIf(!officialLayerInstalled)("says there are no figures at manufacturing companies", () => {
    const text = saidWithLayer("what does a dba make at a factory");
    expect(text).toContain("no pay figures for Database Administrator at manufacturing companies");
    expect(text).toContain("$104,620");
  });

  it.skipIf(!officialLayerInstalled)("asks the thread's pay at the employers named", () => {
    const text = saidWithLayer(
      "our plants only IT guy retires in june. whats a typical salary for IT at a manufacturing plant where one person does everything? need a number for the req",
      "would it be a lot different at like 3M or GE",
    );
    expect(text).toContain("No figures for 3M or GE");
    expect(text).toContain("$61,860");
    expect(text).not.toContain("Compare IT Support Specialist with which role");
  });

  it.skipIf(!officialLayerInstalled)("leaves 'manufacturing' as a line of business alone", () => {
    expect(saidWithLayer("is ml hiring in denver")).toContain("Outlook for a Machine Learning Engineer");
  });
});
