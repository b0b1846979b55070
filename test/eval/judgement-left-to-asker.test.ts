import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "which would u pick if u were me" after a comparison gave the comparison again with no word
// that no source chooses for a person, and "what would you do in my shoes" was off the topic.
describe("the choice between the thread's roles asked of the advisor", () => {
  it.each(["which would u pick if u were me", "what would you do in my shoes", "which should i go for"])(
    "%s",
    (asked) => {
      const text = lastAnswerText("full stack dev vs devops eng", asked);
      expect(text).toContain("No source can make this choice for you");
      expect(text).toContain("Full Stack Developer vs DevOps Engineer");
    },
  );

  it("keeps the quality no source rates first", () => {
    const text = lastAnswerText("qa vs devops", "which one would you pick if you hate meetings");
    expect(text).toContain("No source says which has more meetings");
    expect(text).not.toContain("No source can make this choice");
  });
});

// Past bug: "is it worth it tho, honestly" after a move gave the move again with no word that no source
// judges that; the note comes after how the move was read.
describe("a move asked whether it is worth it", () => {
  it("says no source judges it, then weighs the move", () => {
    const text = lastAnswerText("swe thinking of moving to sre", "is it worth it tho");
    expect(text).toContain("No source judges whether this move is worth it for you");
    expect(text).toContain("Pay side by side");
  });

  it("not when only what to learn is asked", () => {
    expect(lastAnswerText("swe to sre, what do i need to learn")).not.toContain("worth it");
  });
});

// Past bug: "which of them should i learn first" after two roles, and "which skills should i learn first"
// after one: no source orders them, said first.
describe("an order to learn asked", () => {
  it("of two roles is the choice left to the asker", () => {
    expect(lastAnswerText("data engineer vs data scientist", "which of them should i learn first")).toContain(
      "No source can make this choice for you",
    );
  });

  it("of one role's skills says the sources give no order", () => {
    expect(lastAnswerText("what does a swe do", "which skills should i learn first")).toContain(
      "The sources give no order to learn these skills in",
    );
  });
});

// Past bug: "which one needs less schooling" after two roles gave each one's education with no word of
// which asks less; BLS's typical entry-level education says, or says they ask the same.
describe("schooling weighed between the thread's roles", () => {
  it("names the role that asks more, with each one's", () => {
    expect(lastAnswerText("data scientist vs research scientist", "which needs more education")).toContain(
      "Computer and Information Research Scientist asks more schooling to enter, by BLS's typical entry-level education: Data Scientist, bachelor's degree; Computer and Information Research Scientist, master's degree.",
    );
  });

  it("says when they ask the same", () => {
    expect(lastAnswerText("security analyst or network admin", "which one needs less schooling")).toContain(
      "They ask the same schooling to enter",
    );
  });
});
