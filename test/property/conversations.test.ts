import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import type { Role } from "../../src/knowledge/core/schema.js";
import { renderText } from "../../src/render/plain-text.js";
import { realKnowledge } from "../support/knowledge.js";
import { thread } from "../support/questions.js";

// Every curated role, under each of the names people type for it, in the conversations issue 21 found
// going wrong: follow-ups that must stay on the thread's role, comparisons whose follow-ups must keep both
// roles, and moves put in many words that must weigh both roles before the gap.
const kb = realKnowledge();
const roles = kb.knowledge.roles;
/** A role's typed names that name it alone ("sde" could be two roles, and rightly asks which). */
const names = (r: Role) =>
  [r.name.toLowerCase(), ...r.aliases.slice(0, 3)].filter(
    (n) => kb.roleNames.lookup(n)?.entries.length === 1,
  );
const typed = (r: Role, i: number) => names(r)[i % names(r).length] ?? r.name.toLowerCase();
const text = (a: Answer | undefined) => renderText(a as Answer);

describe("conversations about every role", () => {
  it("keeps a follow-up with no role of its own on the thread's role", () => {
    const firsts = ["what does a {r} do", "{r} salary", "skills for {r}"];
    const followUps = [
      "are they in demand",
      "do they need a degree",
      "what about in seattle",
      "and senior?",
      "what tools do they use",
      "whats the career path",
      "how much do they make",
    ];
    const off: string[] = [];
    roles.forEach((r, i) => {
      firsts.forEach((first, j) => {
        for (const f of followUps) {
          const [, answer] = thread(first.replace("{r}", typed(r, i + j)), f);
          if (!text(answer).includes(r.name)) off.push(`${first.replace("{r}", typed(r, i + j))} → ${f}`);
        }
      });
    });
    expect(off).toEqual([]);
  });

  it("keeps both roles of a comparison in its follow-ups", () => {
    const followUps = [
      "and in austin?",
      "which pays more",
      "which has better outlook",
      "skills for both?",
      "do they need a degree",
    ];
    const off: string[] = [];
    roles.forEach((a, i) => {
      const b = roles[(i + 7) % roles.length] as Role;
      for (const f of followUps) {
        const [, answer] = thread(`${typed(a, i)} vs ${typed(b, i + 1)}`, f);
        const out = text(answer);
        if (!out.includes(a.name) || !out.includes(b.name)) off.push(`${a.id} vs ${b.id} → ${f}`);
      }
    });
    expect(off).toEqual([]);
  });

  it("weighs a move however it is put: both roles' pay and outlook, then the gap", () => {
    const wordings = [
      "should i move from {a} to {b}",
      "{a} to {b}, worth it?",
      "thinking of switching from {a} into {b}",
      "i'm a {a}, should i become a {b}",
      "leave {a} for {b}?",
      "{a} -> {b}?",
      "would {b} be a step up from {a}",
      "career change: {a} to {b}",
    ];
    const off: string[] = [];
    roles.forEach((a, i) => {
      const b = roles[(i + 11) % roles.length] as Role;
      wordings.forEach((w, j) => {
        const q = w.replace("{a}", typed(a, i + j)).replace("{b}", typed(b, j));
        const [answer] = thread(q);
        const out = text(answer);
        if (
          answer?.kind !== "gap" ||
          !out.includes(`From ${a.name} to ${b.name}`) ||
          !out.includes("Pay side by side")
        )
          off.push(q);
      });
    });
    expect(off).toEqual([]);
  });

  it("shows each side of a move at the figure its own pay answer leads with, for every pair of roles", () => {
    // The figure a role's pay answer leads with: what the asker has just seen, so a move must not show less.
    const lead = new Map(
      roles.map((r) => [r.id, text(thread(`${r.name.toLowerCase()} salary`)[0]).match(/\$[\d,]+/)?.[0]]),
    );
    const wordings = ["should i move from {a} into {b}", "worth switching from {a} to {b}?", "{a} -> {b}?"];
    const off: string[] = [];
    let asked = 0;
    for (const a of roles)
      for (const b of roles) {
        if (a === b) continue;
        const q = (wordings[asked++ % wordings.length] as string)
          .replace("{a}", typed(a, asked))
          .replace("{b}", typed(b, asked + 1));
        const out = text(thread(q)[0]);
        for (const r of [a, b]) {
          const figure = lead.get(r.id);
          if (figure && !out.includes(figure)) off.push(`${q}: ${r.id} ${figure}`);
        }
      }
    expect(off).toEqual([]);
  });
});
