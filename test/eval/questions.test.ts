import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/advisor/ask.js";
import { renderText } from "../../src/render/plain-text.js";
import { realKnowledge } from "../support/knowledge.js";

const kb = realKnowledge();

/** Questions in users' own words, each with a fact from the sources that the answer must state. */
const questions: [string, string[]][] = [
  ["machin lerning enginer salery in seatle", ["$173,517", "Seattle, WA", "AiPathly, 2024"]],
  ["What does an ML engineer earn in Seattle?", ["$173,517"]],
  ["how much do ML engineers make in NYC", ["$184,982"]],
  ["mle pay in san francisco?", ["$179,061"]],
  ["what's a machine learning engineer salary in chicago", ["$164,024"]],
  [
    "how much do senior machine learning engineers make?",
    ["$177,177 – $184,000", "$164,034 – $210,000", "up to $256,928"],
  ],
  ["entry level ml engineer salary", ["$96,000 – $152,601"]],
  ["what do mid-level MLEs get paid", ["$144,000 – $166,399"]],
  ["what is the total compensation for an mle", ["$202,331", "$157,969", "$44,362"]],
  ["how much does meta pay ml engineers", ["$231,000 – $338,000", "about $184,000"]],
  ["which city pays ml engineers the most", ["New York City, NY: $184,982"]],
  ["how much can generative ai skills boost pay", ["up to 50%"]],
  ["what do distinguished ML engineers earn", ["$120,000 – over $250,000"]],
  ["ads ranking scientist salary", ["$150,000 – $280,000"]],
  ["how much do software engineers make", ["$135,980", "base pay only", "May 2025"]],
  ["what tools does a data science engineer use", ["Power BI", "PostgreSQL"]],
  ["which frameworks should a lead ml engineer know", ["TensorFlow", "PyTorch", "scikit-learn"]],
  ["what degree do I need to become a distinguished ML engineer", ["master's or Ph.D."]],
  ["how many years of experience for a distinguished mle", ["10 to 15 years"]],
  ["how much experience does a senior applied scientist in ads ranking need", ["5+ years"]],
  ["which industries hire software data engineers", ["Transportation"]],
  ["what comes after lead machine learning engineer", ["Distinguished Machine Learning Engineer"]],
  ["what's the job outlook for software engineers", ["15.8%", "2024–34"]],
  ["how many software developer jobs are there in the US", ["1,687,890"]],
  ["what is the growth outlook for data science engineers", ["31%", "33.5%"]],
  ["how big will the machine learning market be by 2027", ["$117.19 billion"]],
  ["how fast are ML job postings growing on linkedin", ["9.8x"]],
  ["what is MLOps", ["Machine Learning Operations (MLOps)"]],
  ["what are the trends in machine learning", ["AutoML", "Cloud and edge AI", "No-code ML"]],
  ["tell me about explainable ai", ["Ethical and explainable AI"]],
  ["what are best practices for deploying models", ["shadow deployments"]],
  ["how should I handle training data responsibly?", ["social bias"]],
  ["common challenges with data leakage", ["train-test contamination"]],
  ["what soft skills do ml engineers need", ["Time management"]],
  ["difference between swe and mle", ["ambiguous problems", "well-defined problems"]],
  ["lead ml engineer vs software data engineer", ["Kaggle"]],
  ["what does a full stack developer do", ["front end", "back end"]],
  ["what skills does a big data cloud engineer need", ["Scala", "Data security"]],
  ["how do I get started as a data science engineer", ["bootcamps"]],
  ["where is machine learning being adopted in healthcare", ["diagnostics"]],
];

describe("questions in users' words", () => {
  it.each(questions)("%s", (question, facts) => {
    const answer = answerQuestion(kb, question);
    expect(["out-of-scope", "clarify", "role-problem"]).not.toContain(answer.kind);
    const text = renderText(answer);
    for (const fact of facts) expect(text).toContain(fact);
    expect(text).toMatch(/Sources:|\(.*(20\d\d|undated|article|post).*\)/);
    expect(answer.followups.length).toBeLessThanOrEqual(3);
  });

  it("asks back, with a button per role, when a question names an ambiguous role", () => {
    const a = answerQuestion(kb, "what is the salary of an applied scientist");
    expect(a.kind).toBe("clarify");
    expect(renderText(a)).toContain(
      "Principal Applied Scientist (Generative AI) or Senior Applied Scientist (Ads Ranking)",
    );
    expect(a.followups).toEqual([
      "salary principal applied scientist (generative ai)",
      "salary senior applied scientist (ads ranking)",
    ]);
  });

  it.each([
    "what's the weather in paris",
    "how do I bake bread",
    "who won the world cup",
    "tell me a joke",
    "🍕🍕🍕",
    "機械学習",
  ])("says %s is not what it does, and what it does", (question) => {
    const a = answerQuestion(kb, question);
    expect(a.kind).toBe("out-of-scope");
    expect(renderText(a)).toContain("I answer questions about tech roles");
    expect(renderText(a)).not.toMatch(/\$\d/);
  });
});
