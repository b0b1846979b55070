import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { lastAnswerText } from "../support/questions.js";

// Found by an unseen check (r91): a long message whose telling sentences outweigh its question ("…i did some
// matlab in school and liked the controls/stats stuff. what skills do i need for ml?") read as nothing asked,
// and answered with what a machine learning engineer does. Where the whole message reads as little, its
// questions are read alone.
describe("a long message's question read alone", () => {
  it.skipIf(!officialLayerInstalled)("answers the skills asked", () => {
    expect(
      saidWithLayer(
        "mechanical engineer, 28, 85k in detroit doing cad all day. i did some matlab in school and liked the controls/stats stuff. what skills do i need for ml? like concretely, what would a hiring manager want to see",
      ),
    ).toContain("Skills for a Machine Learning Engineer");
  });
});

// Same check: "is it remote friendly usually" after a role's pay found nothing (the hedge "usually" found no
// section) and answered the role's outlook. Words of how often say nothing of what is asked.
describe("a follow-up with a hedge", () => {
  it("says the knowledge has nothing on remote work for the role", () => {
    expect(lastAnswerText("cloud architect pay", "is it remote friendly usually")).toContain(
      "The knowledge base has no figures on “remote” for Cloud Architect",
    );
  });
});
