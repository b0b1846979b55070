import { describe, expect, it } from "vitest";
import { advise } from "../../../src/advisor/advise.js";
import { type Answer, anonymousUser, type UserContext } from "../../../src/advisor/answers.js";
import { digestFor, trendsAfter } from "../../../src/advisor/general/digest.js";
import { skillId } from "../../../src/advisor/parts/answer-parts.js";
import { renderText } from "../../../src/render/plain-text.js";
import { parseCommand } from "../../../src/understanding/command-grammar.js";
import { realKnowledge } from "../../support/knowledge.js";

const kb = realKnowledge();
function run(text: string, user: UserContext = anonymousUser): Answer {
  const command = parseCommand(kb, text);
  if (command.kind === "prefs" || command.kind === "digest")
    throw new Error(`not an advisor command: ${text}`);
  return advise(kb, command, user);
}
function expectKind<K extends Answer["kind"]>(a: Answer, kind: K): Extract<Answer, { kind: K }> {
  expect(a.kind).toBe(kind);
  return a as Extract<Answer, { kind: K }>;
}

describe("role card", () => {
  it("summarizes the role with its pay headline, related roles and an O*NET link", () => {
    const card = expectKind(run("role mle"), "role");
    expect(card.role.name).toBe("Machine Learning Engineer");
    expect(card.pay.map((f) => f.value)).toEqual(["$133,336", "up to $289,000"]);
    expect(card.related.map((r) => r.id)).toContain("lead-machine-learning-engineer");
    expect(card.learnMore.map((l) => l.url)).toContain("https://www.onetonline.org/link/summary/15-2051.00");
  });

  it("says plainly when the knowledge base has no pay figure", () => {
    // Product Manager names no official occupation and its sources give no pay.
    const card = expectKind(run("role product manager"), "role");
    expect(card.pay).toEqual([]);
    expect(card.payMissing).toBe("The knowledge base has no salary figure for Product Manager.");
  });
});

describe("comparison", () => {
  it("computes shared and distinct skills from the data and adds the curated differences", () => {
    const c = expectKind(run("compare mle swe"), "compare");
    expect(c.sharedSkills).toEqual(["Python", "Cloud computing"]);
    expect(c.distinctSkills[1]?.items).toContain("Microservices");
    expect(c.curated?.differences.map((d) => d.topic)).toContain("Problem space");
    expect(c.pay[1]?.figures.map((f) => f.value)).toEqual([
      "$135,980",
      "$105,210 – $171,980",
      "$82,460 – $214,670",
    ]);
    expect(c.pay[1]?.figures[0]?.baseOnly).toBe(true);
  });

  it("finds curated differences whichever order the roles come in", () => {
    const c = expectKind(run("compare software data engineer vs lead mle"), "compare");
    expect(c.curated?.citation.asOf).toBe("2023-12-06");
  });

  it("compares three roles without curated text", () => {
    const c = expectKind(run("compare dse, sde engineer, lead mle"), "role-problem");
    expect(c.typed).toBe("sde engineer");
    const three = expectKind(run("compare dse, software data engineer, big data cloud engineer"), "compare");
    expect(three.roles).toHaveLength(3);
    expect(three.sharedSkills).toEqual(
      expect.arrayContaining(["Python", "SQL", "Apache Spark", "Apache Kafka", "Hadoop"]),
    );
    expect(three.curated).toBeUndefined();
  });

  it("refuses to compare a role with itself", () => {
    expect(run("compare mle, machine learning engineer")).toMatchObject({
      kind: "usage",
      command: "compare",
    });
  });

  it("asks for a second role when one is named and no thread gives the other", () => {
    expect(run("compare with backend")).toMatchObject({
      kind: "usage",
      command: "compare",
      problem: expect.stringContaining("name two or three roles"),
    });
  });
});

describe("salary", () => {
  it("highlights the figure asked for and keeps every level, location and total comp figure", () => {
    const s = expectKind(run("salary mle senior seattle"), "salary");
    expect(s.answer?.value).toBe("$173,517");
    expect(s.answer?.citation).toMatchObject({ label: "AiPathly", asOf: "2024" });
    expect(s.levels.find((l) => l.id === "senior")?.figure).toMatchObject({
      value: "$177,177 – $184,000",
      highlight: true,
    });
    expect(s.levels.find((l) => l.id === "entry")?.figure.value).toBe("$96,000 – $152,601");
    expect(s.locations).toHaveLength(9);
    expect(s.totalComp.map((f) => f.value)).toEqual(["$202,331", "$157,969", "$44,362"]);
    expect(s.companies[0]?.figures.map((f) => f.value)).toEqual([
      "about $169,050",
      "$231,000 – $338,000",
      "about $184,000",
      "about $92,000",
    ]);
    expect(s.modifiers[0]?.value).toBe("up to 50%");
    expect(s.gaps).toContain(
      "The sources give level and location figures separately, not for the two combined.",
    );
  });

  it("says when a place has no figures and lists the places that do", () => {
    const s = expectKind(run("salary mle boston"), "salary");
    expect(s.answer).toBeUndefined();
    expect(s.gaps[0]).toMatch(
      /^I have no pay figures for "boston"\. Places with figures: San Francisco, CA; New York City, NY; Seattle, WA/,
    );
  });

  it("uses the saved level and location, and says so", () => {
    const s = expectKind(
      run("salary mle", { ticked: new Set(), level: "entry", location: "illinois" }),
      "salary",
    );
    expect(s.answer?.value).toBe("$164,024");
    expect(s.usedPreferences).toEqual([
      "your saved level (Entry level)",
      "your saved location (Illinois (Chicago))",
    ]);
  });

  it("falls back to the saved target role", () => {
    const s = expectKind(
      run("salary", { ticked: new Set(), role: "senior-applied-scientist-ads-ranking" }),
      "salary",
    );
    expect(s.headline[0]?.value).toBe("$150,000 – $280,000");
    expect(s.usedPreferences[0]).toContain("Senior Applied Scientist (Ads Ranking)");
    expect(run("salary")).toMatchObject({ kind: "role-problem", problem: "missing" });
  });

  it("shows government figures as base pay where the seeds have none", () => {
    const s = expectKind(run("salary full stack developer seattle"), "salary");
    expect(s.government[0]).toMatchObject({ value: "$135,980", baseOnly: true });
    expect(s.gaps).toEqual([
      "The source articles give no pay figures for Full Stack Developer; the nearest US government statistic is below.",
      "The knowledge base has no Seattle, WA figure for Full Stack Developer.",
    ]);
  });

  it("gives the distinguished range as the source words it", () => {
    expect(expectKind(run("salary distinguished mle"), "salary").headline[0]?.value).toBe(
      "$120,000 – over $250,000",
    );
  });
});

describe("checklist, gap and path", () => {
  it("groups skills with stable ids and counts what is ticked", () => {
    const user = { ticked: new Set([skillId("Python"), skillId("PyTorch")]) };
    const c = expectKind(run("skills lead mle", user), "checklist");
    expect(c.groups.map((g) => g.group)).toEqual(["technical", "frameworks", "tools", "soft"]);
    expect(c.groups[0]?.items[0]).toEqual({ id: "python", text: "Python", done: true });
    expect(c.done).toBe(2);
    expect(c.total).toBe(c.groups.reduce((n, g) => n + g.items.length, 0));
    expect(renderText(c)).toContain("▓░░░░░░░░░ 2/");
  });

  it("lists what the target needs that the source lacks, less what the user ticked", () => {
    const before = expectKind(run("gap swe to lead mle"), "gap");
    const frameworks = before.toLearn.find((g) => g.group === "frameworks")?.items.map((i) => i.text);
    expect(frameworks).toEqual(["TensorFlow", "PyTorch", "scikit-learn"]);
    expect(before.alreadyHave).toEqual(expect.arrayContaining(["Python", "Java", "C++"]));
    const after = expectKind(run("gap swe to lead mle", { ticked: new Set(["tensorflow"]) }), "gap");
    expect(after.toLearn.find((g) => g.group === "frameworks")?.items.map((i) => i.text)).toEqual([
      "PyTorch",
      "scikit-learn",
    ]);
    expect(after.ticked).toEqual(["TensorFlow"]);
  });

  // Past bug: "gap sysadmin to sysadmin" answered a move from System Administrator to itself, nothing to
  // learn. Both sides naming one role, where the move leads is asked, from that role.
  it("asks where a move leads when both sides name one role", () => {
    for (const command of ["gap sysadmin to sysadmin", "gap sysadmin to system administrator"]) {
      const asked = expectKind(run(command), "clarify");
      expect(asked.prompt).toContain(
        "Both sides of this move read as System Administrator. Which role do you want to move to from System Administrator?",
      );
      expect(asked.followups).not.toContain("gap system administrator to system administrator");
      expect(asked.followups[0]).toMatch(/^gap system administrator to /);
    }
  });

  it("shows the ladder into and beyond the role", () => {
    const p = expectKind(run("path distinguished mle"), "path");
    expect(p.ladder.at(-1)).toBe("Distinguished Machine Learning Engineer");
    expect(p.beyond).toEqual([
      "AI Research Scientist",
      "AI Product Manager",
      "Machine Learning Consultant",
      "AI Ethics and Policy Analyst",
    ]);
  });
});

describe("trends, roles, help, problems", () => {
  it("lists the nine trends with the market figures", () => {
    const t = expectKind(run("trends"), "trends");
    expect(t.trends.map((x) => x.name)).toContain("Machine Learning Operations (MLOps)");
    expect(t.figures.map((f) => f.value)).toEqual(expect.arrayContaining(["9.8x", "$117.19 billion", "40%"]));
  });

  it("lists every role and the help", () => {
    expect(expectKind(run("roles"), "roles").roles).toHaveLength(realKnowledge().knowledge.roles.length);
    expect(realKnowledge().knowledge.roles.length).toBeGreaterThanOrEqual(30);
    expect(expectKind(run("help"), "help").commands.map((c) => c.usage)).toContain(
      "compare <role> <role> [<role>]",
    );
  });

  it("names the unknown role and offers the closest ones", () => {
    const p = expectKind(run("role machine lerning enginer lead"), "role-problem");
    expect(p.problem).toBe("unknown");
    expect(p.options.map((o) => o.id)).toContain("lead-machine-learning-engineer");
    expect(renderText(p)).toContain(
      'I don\'t know a role called "machine lerning enginer lead". Did you mean',
    );
  });

  it("asks which role an ambiguous alias means", () => {
    const p = expectKind(run("role sde"), "role-problem");
    expect(p.problem).toBe("ambiguous");
    expect(renderText(p)).toMatch(
      /^"sde" could mean more than one role: Software (Data )?Engineer or Software (Data )?Engineer\. Which one\?/,
    );
  });
});

describe("digest content", () => {
  it("is the same for a date and differs from the day before", () => {
    expect(digestFor(kb, "2026-12-01")).toEqual(digestFor(kb, "2026-12-01"));
    const today = digestFor(kb, "2026-12-01");
    const yesterday = digestFor(kb, "2026-11-30");
    expect(today.trend.name).not.toBe(yesterday.trend.name);
    expect(today.figure.label).not.toBe(yesterday.figure.label);
    expect(today.tip.text).not.toBe(yesterday.tip.text);
  });

  it("rotates through every trend before any repeats", () => {
    const names = Array.from(
      { length: 9 },
      (_, i) => digestFor(kb, `2026-12-${String(i + 1).padStart(2, "0")}`).trend.name,
    );
    expect(new Set(names).size).toBe(9);
  });

  it("in a channel, prefers a trend connected to what is rising there, and never repeats one within its cycle", () => {
    const trends = kb.knowledge.trends.trends;
    const rising = (name: string) => ({
      thisWeek: { roles: [], comparisons: [], skills: [], rising: [{ name, asked: 9, lastWeek: 2 }] },
    });
    // MLOps is rising: its trend comes first, whatever the day's step in the rotation.
    const first = digestFor(kb, "2026-12-01", { ...rising("MLOps"), trendsSeen: [] });
    expect(first.trend).toMatchObject({ id: "mlops", because: "MLOps" });
    expect(renderText(first)).toContain("Picked because MLOps is rising here.");
    // Still rising the next day, but MLOps has come in this cycle: another trend, none twice in nine days.
    let seen: string[] = [];
    const ids: string[] = [];
    for (let d = 1; d <= trends.length; d++) {
      const digest = digestFor(kb, `2026-12-${String(d).padStart(2, "0")}`, {
        ...rising("MLOps"),
        trendsSeen: seen,
      });
      ids.push(digest.trend.id);
      seen = trendsAfter(seen, digest.trend.id, trends.length);
    }
    expect(ids[0]).toBe("mlops");
    expect(new Set(ids).size).toBe(trends.length);
    // The cycle is over: it begins again, and the rising trend is preferred again.
    expect(seen).toEqual([]);
    expect(digestFor(kb, "2026-12-10", { ...rising("MLOps"), trendsSeen: seen }).trend.id).toBe("mlops");
    // Nothing rising: the day's step in the rotation, as without a channel.
    expect(digestFor(kb, "2026-12-04", { trendsSeen: [] }).trend.id).toBe(
      digestFor(kb, "2026-12-04").trend.id,
    );
  });
});
