import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import { renderText } from "../../src/render/plain-text.js";
import { answerText, thread } from "../support/questions.js";

// Issue 21's pay questions naming an employer, and "ml" alone: each checked as a user would see the answer.
const last = (answers: Answer[]) => renderText(answers.at(-1) as Answer);

/** The Meta figures the knowledge has, which are the machine learning engineer's alone. */
const metaMleTotalComp = "$231,000 – $338,000";

describe("pay at a company for a role the company has no figures for", () => {
  it("never gives the ML engineer's Meta figures for another role, however the pay is asked", () => {
    for (const q of [
      "what does meta pay swes",
      "what does meta pay pms",
      "what does meta pay devops engineers",
    ]) {
      const text = answerText(q);
      expect(text, q).toContain("No figures for Meta");
      expect(text, q).not.toContain(metaMleTotalComp);
    }
    expect(answerText("what does meta pay swes")).toContain("$135,980");
  });

  it("gives the role's pay, not its outlook, for a company's pay asked in a word of pay", () => {
    const meta = answerText("what does meta pay data scientists");
    expect(meta).toContain("No figures for Meta");
    expect(meta).toContain("$120,230");
    const stripe = answerText("stripe data scientist comp");
    expect(stripe).toContain("No figures for Stripe");
    expect(stripe).toContain("$120,230");
    expect(answerText("data scientist comp")).toContain("$120,230");
  });

  it("still gives Meta's figures for the ML engineer", () => {
    expect(answerText("what does meta pay ml engineers")).toContain(metaMleTotalComp);
  });
});

describe("pay at a kind of company", () => {
  it("gives the role's general pay and says there are no figures by kind of company", () => {
    const startups = answerText("what do startups pay frontend devs vs big tech");
    expect(startups).toContain("No figures by kind of company");
    expect(startups).toContain("startups or big tech companies");
    expect(startups).toContain("$92,650");
    expect(startups).not.toContain("What a Front-End Developer does");
    expect(answerText("is working at a faang as a backend dev worth it pay wise")).toContain(
      "at FAANG companies",
    );
    const quant = answerText("what do quant firms pay swes");
    expect(quant).toContain("at quant firms");
    expect(quant).toContain("$135,980");
  });
});

describe("several employers, and employers the knowledge has no figures for", () => {
  it("names each employer compared: the figures of the one that has some, and which have none", () => {
    for (const q of ["google vs meta mle pay", "mle at meta or google which pays more"]) {
      const text = answerText(q);
      expect(text, q).toContain("No figures for Google");
      expect(text, q).toContain(metaMleTotalComp);
    }
    const openai = answerText("does openai pay mles more than meta");
    expect(openai).toContain("No figures for OpenAI");
    expect(openai).toContain(metaMleTotalComp);
    expect(answerText("amazon vs google swe pay")).toContain("No figures for Amazon or Google");
  });

  it("reads an employer as an employer, never as a job title, also in a thread", () => {
    const spotify = last(thread("tell me about data scientist", "what does spotify pay them"));
    expect(spotify).toContain("No figures for Spotify");
    expect(spotify).toContain("$120,230");
    expect(spotify).not.toContain("I don't cover");
    const janeStreet = answerText("how much does a software engineer at jane street make");
    expect(janeStreet).toContain("No figures for Jane Street");
    expect(answerText("what does openai pay")).toContain("Which role at OpenAI do you mean?");
    // An employer's name before a job outside tech is part of the job asked about.
    expect(answerText("doordash driver pay")).not.toContain("Which role at DoorDash");
  });
});

describe('"ml" alone as the machine learning engineer', () => {
  /** What the machine learning engineer's description opens with. */
  const mleDoes = "What a Machine Learning Engineer does";

  it("answers what was asked about the ML engineer, however little the question says", () => {
    expect(answerText("ml skills")).toContain("Skills for a Machine Learning Engineer");
    // Typed as a message, it starts with the skills command's word: the command reads "ml" as its role.
    expect(last(thread("skills needed for ml"))).toContain("Machine Learning Engineer skills checklist");
    expect(answerText("is ml oversaturated")).toContain("Outlook for a Machine Learning Engineer");
    for (const q of ["whats ml", "what is ml engineering", "whats the day to day in ml", "ml?"])
      expect(answerText(q), q).toContain(mleDoes);
  });

  it("says what an ML engineer does for the day to day and for what one is, not the market", () => {
    for (const q of ["day to day of an mle", "whats an mle", "what is machine learning engineering"]) {
      const text = answerText(q);
      expect(text, q).toContain(mleDoes);
      expect(text, q).not.toContain("Demand for ML engineers");
    }
  });

  it("keeps a greeting that mentions ml a greeting", () => {
    expect(answerText("thanks, ml makes sense now")).toContain("You're welcome!");
  });

  it("moves a thread to the ML engineer when a follow-up names ml alone", () => {
    expect(last(thread("tell me about data analyst", "what about ml"))).toContain(mleDoes);
    expect(last(thread("tell me about swe", "and ml?"))).toContain(mleDoes);
  });
});
