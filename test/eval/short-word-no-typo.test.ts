import { describe, expect, it } from "vitest";
import { understand } from "../support/questions.js";

// Past bug: "what do IT architects make" answered Cloud Architect pay, "it architect" read as a misspelt
// "aws architect" (stem "aw", two edits from "it") because the search of a message let a name's typos pool
// across its words. Each word keeps within its own allowance, as a name looked up whole does, so a word of
// two letters is never a slip of another; misspelt names whose words each slip a little still read.
const roles = (q: string) => understand(q).roles.map((r) => r.id);

describe("a typo stays within its own word", () => {
  it.each(["what do IT architects make", "it architect salary"])("%s is no Cloud Architect", (asked) => {
    expect(roles(asked)).not.toContain("cloud-architect");
  });

  it.each([
    ["clod architect salary", "cloud-architect"],
    ["data archtect vs database adminstrator", "data-architect"],
    ["distingushed mle salary", "distinguished-machine-learning-engineer"],
    ["big data cloud enginer skills", "big-data-cloud-engineer"],
  ])("%s still reads its role", (asked, role) => {
    expect(roles(asked)).toContain(role);
  });
});
