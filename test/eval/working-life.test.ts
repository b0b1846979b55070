import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import { renderText } from "../../src/render/plain-text.js";
import { renderMessage } from "../../src/slack/blocks/message.js";
import { blockKitViolations } from "../support/block-kit.js";
import { answerText, lastAnswerText, thread } from "../support/questions.js";

// What the work of a role is like, and questions of working life (hours, balance, loneliness, stress, a
// boring job): what the work is, saying first what no source gives, never a trend or the job market.
const last = (answers: Answer[]) => renderText(answers.at(-1) as Answer);

describe("what the work of a role is like", () => {
  it("says what the work is for a question of what it is like, not a trend or the outlook", () => {
    const security = answerText("whats it like working in it security");
    expect(security).toContain("What an Information Security Analyst does");
    expect(security).not.toContain("Remote work and global collaboration");
    expect(answerText("what's it like being a data analyst")).toContain("What a Data Analyst does");
  });

  it("says first that no source gives an opinion on whether the work is boring, then what it is", () => {
    const support = answerText("is IT support boring? honest answer");
    expect(support).toContain(
      "The sources give no opinion on whether working as an IT Support Specialist is boring. What an IT Support Specialist does:",
    );
    expect(support).not.toContain("Outlook for");
    expect(answerText("is data analysis boring")).toContain("What a Data Analyst does");
    expect(last(thread("what does a devops engineer do", "is it stressful"))).toContain(
      "no opinion on whether working as a DevOps Engineer is stressful",
    );
  });
});

describe("questions of working life: hours, balance, loneliness, stress", () => {
  it("says the knowledge has nothing on it, then what the work is, never the job market", () => {
    const cases: [string, string, string][] = [
      ["is it lonely being a data scientist", "whether the work is lonely", "What a Data Scientist does"],
      ["how many hours a week do software engineers work", "working hours", "What a Software Engineer does"],
      ["work life balance for sre", "work-life balance", "What a Site Reliability Engineer does"],
      ["how is the work life balance for data analysts", "work-life balance", "What a Data Analyst does"],
    ];
    for (const [q, aspect, work] of cases) {
      const text = answerText(q);
      expect(text).toContain(`The knowledge base has nothing on ${aspect}`);
      expect(text).toContain(work);
      expect(text).not.toContain("Outlook for");
      expect(text).not.toContain("Projected employment change");
    }
    expect(answerText("is the work stressful for devops engineers")).toContain(
      "The sources give no opinion on whether working as a DevOps Engineer is stressful",
    );
  });

  it("answers the thread's role so, however short the question", () => {
    for (const q of ["is it lonely", "how many hours a week do they work", "is the work stressful"]) {
      const text = lastAnswerText("data scientist salary", q);
      expect(text).toContain("What a Data Scientist does");
      expect(text).not.toContain("Outlook for");
    }
    const both = lastAnswerText("devops vs sre", "which has better work life balance");
    expect(both).toContain(
      "nothing on work-life balance for a DevOps Engineer or a Site Reliability Engineer",
    );
  });

  it("adds the challenges of machine learning work the sources list, for a machine learning role", () => {
    const text = answerText("do mles work long hours");
    expect(text).toContain("nothing on working hours for a Machine Learning Engineer");
    expect(text).toContain(
      "Challenges of machine learning work the sources list: Data quality and availability",
    );
    expect(answerText("work life balance for sre")).not.toContain("Challenges of machine learning work");
  });

  it("asks which role when none is named, saying first what it has nothing on", () => {
    const text = answerText("work life balance in tech");
    expect(text).toContain(
      "The knowledge base has nothing on work-life balance; it has what each role does.",
    );
    expect(text).toContain("Which role do you mean?");
  });

  it("leaves hours of study alone", () => {
    expect(answerText("how many hours a week should i study to become a data analyst")).not.toContain(
      "working hours",
    );
  });
});

describe("an answer on working life, in Slack", () => {
  it("renders each within Block Kit's limits", () => {
    for (const answers of [thread("is IT support boring?")]) {
      for (const nativeCharts of [false, true]) {
        const message = renderMessage(answers.at(-1) as Answer, { nativeCharts });
        expect(blockKitViolations(message as unknown as Record<string, unknown>)).toEqual([]);
      }
    }
  });
});

describe("working life asked of the IT field, no role named", () => {
  it("says the knowledge has nothing on it before asking which IT role", () => {
    const cases: [string, string][] = [
      ["do IT people get stuck with on call all the time", "on-call duty"],
      ["what hours do IT folks work", "working hours"],
    ];
    for (const [q, aspect] of cases) {
      const text = answerText(q);
      expect(text).toContain(`The knowledge base has nothing on ${aspect}`);
      expect(text).toContain("Which IT role do you mean?");
    }
    // Asked of nothing it lacks, the field's question back alone.
    expect(answerText("careers in IT")).not.toContain("nothing on");
  });
});
