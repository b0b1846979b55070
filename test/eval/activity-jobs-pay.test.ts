import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// left5 #5: "medical coding jobs pay" and "welding jobs pay" gave "Best paid roles (coding)" with nothing on
// the list. An activity before a noun of jobs names its doers' occupation ("welding": Welders…), and so do a
// word and an activity whose doer's name is an official title ("medical coding": Medical Coder, under
// Medical Records Specialists); a word that names no role and no occupation is asked back, never ranked
// empty.
describe("an activity's jobs asked their pay", () => {
  it.skipIf(!officialLayerInstalled).each([
    ["medical coding jobs pay", "Medical Records Specialists (SOC 29-2072)"],
    ["medical coding salary", "Medical Records Specialists (SOC 29-2072)"],
    ["is medical coding a good career", "Medical Records Specialists (SOC 29-2072)"],
    ["medical billing jobs pay", "Medical Records Specialists (SOC 29-2072)"],
    ["welding jobs pay", "Welders, Cutters, Solderers, and Brazers (SOC 51-4121)"],
    ["video editing jobs pay", "Film and Video Editors (SOC 27-4032)"],
  ])("%s: that occupation's figures", (asked, heading) => {
    const said = saidWithLayer(asked);
    expect(said).toContain(heading);
    expect(said).not.toContain("nothing to rank");
  });

  it.skipIf(!officialLayerInstalled)("leaves coding alone to Software Engineer", () => {
    expect(saidWithLayer("coding jobs pay")).toContain("Software Engineer pay");
  });

  it.skipIf(!officialLayerInstalled)("ranks the occupations a word titles where no role has it", () => {
    const said = saidWithLayer("marketing jobs pay");
    expect(said).toContain("Best paid occupations (marketing)");
    expect(said).toContain("Marketing Managers");
    expect(said).toContain("No role I know is named by “marketing”.");
  });

  it.skipIf(!officialLayerInstalled)("asks back where nothing has the word, never an empty list", () => {
    const said = saidWithLayer("consulting jobs pay");
    expect(said).toContain("nothing to rank. Which job do you mean?");
    expect(said).not.toContain("Best paid roles");
  });

  it.skipIf(!officialLayerInstalled)("keeps a field's roles ranked", () => {
    expect(saidWithLayer("network jobs salary")).toContain("Best paid roles (network)");
  });
});
