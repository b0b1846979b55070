import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// Everyday words that some list also holds as a job or an employer: a pronoun (O*NET's HIS is a Hearing
// Instrument Specialist), an adverb before "pay" ("does ml still pay"), a service left told beside the roles
// weighed ("ex army"), a hedge closing a message ("if that matters"). None is what the question is about.
describe.skipIf(!officialLayerInstalled)("words misread as job titles or companies", () => {
  // The whole layer takes a while to load on a busy host: loaded once, before the first question.
  beforeAll(() => void knowledgeWithLayer(), 60_000);

  it("never reads a pronoun as an O*NET title", () => {
    const meta = saidWithLayer(
      "ok what about meta, my old roommate is a swe there and wont tell me his tc lol",
    );
    expect(meta).toContain("General figures for Software Engineer, not Meta's");
    expect(meta).not.toContain("Hearing Aid");
    const abroad = saidWithLayer(
      "my husband welds at the plant outside pittsburgh, what do welders make in PA compared to the national number",
      "his brother is a schweißfachmann in germany, how does that pay over there",
    );
    expect(abroad).toContain("No figures for Germany");
    expect(abroad).toContain("welders, cutters, solderers, and brazers");
    expect(abroad).not.toContain("Hearing Aid");
  });

  it("still reads the title spelt out", () => {
    expect(saidWithLayer("his brother is a hearing instrument specialist, what does that pay")).toContain(
      "Hearing Aid Specialists (SOC 29-2092)",
    );
  });

  it("reads no employer in an adverb before pay", () => {
    const text = saidWithLayer("at senior level does ml still pay more than regular swe");
    expect(text).toContain("Pay: Machine Learning Engineer vs Software Engineer");
    expect(text).not.toContain("Ml Still");
    expect(saidWithLayer("what does costco pay it support")).toContain("No figures for Costco");
  });

  it("leaves a service told beside two roles weighed out of the comparison", () => {
    const text = saidWithLayer("sys admin vs netwrok admin which pays more? ex army 25B, did 6 yrs signal");
    expect(text).toContain("Pay: System Administrator vs Network Administrator");
    expect(text).not.toContain("Soldiers");
    // One role named beside it is still the move from the service.
    expect(saidWithLayer("army vet, thinking network admin")).toContain(
      "From army vet to Network Administrator",
    );
  });

  it("reads 'if that matters' as a hedge, and gaming as the game developer's field", () => {
    const text = saidWithLayer(
      'my son (17) says he wants to "do IT" lol. what does that even mean and whats the pay like',
      "he's really into gaming if that matters",
    );
    expect(text).not.toContain("matters");
    expect(text).toContain("I don't cover Game Developers as a role of their own");
    expect(text).toContain("Software Engineer");
    // The field talked about, not as where someone is headed, stays so.
    expect(saidWithLayer("can a data engineer work in gaming")).toContain(
      "Industries that hire Software Data Engineers",
    );
  });
});
