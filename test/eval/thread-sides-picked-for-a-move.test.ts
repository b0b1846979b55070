import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { lastAnswerText } from "../support/questions.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// r110: a move's sides said by pointing back in a thread ("from the first to the second", "from that to the
// other", "nvm i meant the other") were asked back or read as the way into one role: an occupation asked of
// before a role was forgotten, "that" on a pair picked nothing, and a correction said with "nvm" dropped
// the thread.
describe.skipIf(!officialLayerInstalled)("an occupation and a role picked by place for a move", () => {
  it("moves from the occupation set beside the role", () => {
    for (const [first, second, move, heading] of [
      [
        "accountant salary",
        "vs data analyts",
        "how would i switch from the first to the second",
        "From Accountants and Auditors to Data Analyst",
      ],
      [
        "plumber salary",
        "vs a dba?",
        "could i go from the first to the second",
        "From Plumbers, Pipefitters, and Steamfitters to Database Administrator",
      ],
    ]) {
      const said = saidWithLayer(first as string, second as string, move as string);
      expect(said, move).toContain(heading);
      expect(said, move).not.toContain("Which role do you want to move to");
    }
  });

  it("moves from the occupation asked of before the role, in turn", () => {
    for (const [first, second, move, heading] of [
      [
        "what does an electrician make",
        "and a network administrator",
        "could i go from the first to the second",
        "From Electricians to Network Administrator",
      ],
      [
        "nurse salary",
        "and data analyst?",
        "how long would it take to get from the first to the second",
        "From Registered Nurses to Data Analyst",
      ],
      [
        "bank teller salary",
        "what about qa",
        "can i switch from the first one to the second one",
        "From Tellers to QA Engineer",
      ],
    ]) {
      const said = saidWithLayer(first as string, second as string, move as string);
      expect(said, move).toContain(heading);
    }
  });

  it("keeps a role's own pay when the thread asks nothing of the occupation after", () => {
    const said = saidWithLayer("what does an electrician make", "and a network administrator");
    expect(said).toContain("Network Administrator pay:");
  });
});

describe("a move's sides pointed at in a thread", () => {
  it("reads 'from that to the other' on a pair as the first to the second", () => {
    for (const [pair, move, heading] of [
      [
        "secuirty analyst vs security enginer",
        "could i go from that to the other",
        "From Information Security Analyst to Security Engineer",
      ],
      [
        "compare data anlyst and data scientist pay",
        "could i go from this one to the other",
        "From Data Analyst to Data Scientist",
      ],
    ]) {
      const said = lastAnswerText(pair as string, "ok and in seattle", move as string);
      expect(said, move).toContain(heading);
    }
  });

  it("starts 'from that' at the role before where the move leads", () => {
    expect(
      lastAnswerText(
        "how much does microsoft pay cloud architects",
        "and ml people there",
        "is it hard to land",
        "could i go from that to the ml one",
      ),
    ).toContain("From Cloud Architect to Machine Learning Engineer");
    expect(
      lastAnswerText(
        "security engineer salary",
        "and a network architect",
        "how hard to move from that to the network one",
      ),
    ).toContain("From Security Engineer to Network Architect");
  });

  it("leaves a word of both names unpicked", () => {
    expect(
      lastAnswerText("data analyst pay", "and data engineer", "could i go from that to the data one"),
    ).not.toContain("From Data Analyst");
  });

  it("takes 'nvm i meant the other' after a move as the move from the other role", () => {
    for (const fix of ["nvm i meant the other", "no i meant the other one", "never mind i meant the other"]) {
      const said = lastAnswerText(
        "frontend or backend, which pays beter",
        "the first one in seattle",
        "could i move from that to full stack",
        fix,
      );
      expect(said, fix).toContain("From Back-End Developer to Full Stack Developer");
    }
  });

  it.skipIf(!officialLayerInstalled)("leaves 'nvm' as it was where what is meant is no role", () => {
    const said = saidWithLayer(
      "im a nurse, could i move into IT",
      "what does it pay compared to nursing",
      "how long would that take",
      "nvm i meant the data one",
    );
    expect(said).not.toContain("Registered Nurses (SOC 29-1141): official US figures");
  });

  it("keeps 'nvm i meant' a correction, not the thread dropped", () => {
    expect(lastAnswerText("how much does a qa engineer make", "nvm i meant sre")).toContain(
      "Site Reliability Engineer pay:",
    );
    expect(
      lastAnswerText(
        "frontend or backend, which pays beter",
        "the first one in seattle",
        "nvm i meant the other",
      ),
    ).toContain("Back-End Developer pay:");
  });
});
