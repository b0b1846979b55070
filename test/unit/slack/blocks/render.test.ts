import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { advise } from "../../../../src/advisor/advise.js";
import {
  anonymousUser,
  type BothAnswers,
  type Comparison,
  type FigureView,
  type SalaryAnswer,
} from "../../../../src/advisor/answers.js";
import { ask } from "../../../../src/advisor/ask.js";
import { salaryFor } from "../../../../src/advisor/pay/salary.js";
import { compareRoles } from "../../../../src/advisor/roles/compare.js";
import { prefsView } from "../../../../src/conversation/reply.js";
import {
  corpusEntries,
  type FeedbackRecord,
  feedbackReport,
} from "../../../../src/insights/feedback-report.js";
import type { Role } from "../../../../src/knowledge/core/schema.js";
import { comparisonTable } from "../../../../src/slack/blocks/comparison-table.js";
import {
  barChartBlock,
  chartLimits,
  chartViolations,
  type DataVisualizationBlock,
} from "../../../../src/slack/blocks/data-visualization.js";
import { decodeFeedback, feedbackBlock } from "../../../../src/slack/blocks/feedback-buttons.js";
import { renderMessage } from "../../../../src/slack/blocks/message.js";
import { payChartBlocks } from "../../../../src/slack/blocks/pay-charts.js";
import { blockKitViolations } from "../../../support/block-kit.js";
import { realKnowledge } from "../../../support/knowledge.js";

const kb = realKnowledge();
const role = (id: string) => kb.roleById.get(id) as Role;
const mle = role("machine-learning-engineer");
const swe = role("software-engineer");
const points = (b: DataVisualizationBlock | undefined) =>
  Object.fromEntries((b?.chart.series ?? []).map((s) => [s.name, s.data.map((p) => [p.label, p.value])]));

describe("data_visualization bar charts within Slack's limits", () => {
  it("keep a title of at most 50, six series, twenty points and labels of at most 20, all unique", () => {
    const block = barChartBlock({
      title: "A very long chart title that goes on well past fifty characters",
      categories: Array.from({ length: 30 }, (_, i) => `A category label longer than twenty ${i % 2}`),
      series: Array.from({ length: 9 }, (_, s) => ({
        name: "The same long series name",
        values: Array.from({ length: 30 }, (_, i) => 1000 * s + i),
      })),
      xLabel: "x".repeat(80),
      yLabel: "US dollars",
    });
    expect(block).toBeDefined();
    const b = block as DataVisualizationBlock;
    expect([...b.title].length).toBeLessThanOrEqual(chartLimits.title);
    expect(b.chart.series).toHaveLength(6);
    expect(new Set(b.chart.series.map((s) => s.name)).size).toBe(6);
    expect(b.chart.axis_config.categories).toHaveLength(20);
    expect(new Set(b.chart.axis_config.categories).size).toBe(20);
    for (const s of b.chart.series) expect(s.data).toHaveLength(20);
    expect([...(b.chart.axis_config.x_label ?? "")].length).toBe(50);
    expect(chartViolations(b)).toEqual([]);
  });

  it("leave out a category a series has no value for, and draw nothing when nothing is left", () => {
    const b = barChartBlock({
      title: "Pay",
      categories: ["Entry", "Mid", "Senior"],
      series: [
        { name: "Low end", values: [1, undefined, 3] },
        { name: "High end", values: [2, 5, 4] },
      ],
    });
    expect(b?.chart.axis_config.categories).toEqual(["Entry", "Senior"]);
    expect(
      barChartBlock({ title: "Pay", categories: ["a"], series: [{ name: "x", values: [undefined] }] }),
    ).toBe(undefined);
    expect(barChartBlock({ title: "Pay", categories: [], series: [] })).toBe(undefined);
  });

  it("are checked: a label not among the categories, a duplicate name or a long title is caught", () => {
    const bad: DataVisualizationBlock = {
      type: "data_visualization",
      title: "t".repeat(51),
      chart: {
        type: "bar",
        series: [
          { name: "a", data: [{ label: "x", value: 1 }] },
          { name: "a", data: [{ label: "y", value: 2 }] },
        ],
        axis_config: { categories: ["x"] },
      },
    };
    expect(chartViolations(bad)).toEqual([
      "title length 51",
      "series names not unique",
      'label "y" not among the categories',
    ]);
  });
});

/** A pay answer without its official statistics, to test the charts of the other figures on their own. */
const withoutOfficial = <A extends { government: unknown[] }>(a: A): A => ({ ...a, government: [] });

describe("pay charts from the answer's own figures", () => {
  it("chart the official percentiles of `salary mle` first, from the figures the text shows", () => {
    const answer = salaryFor(kb, mle, {}, anonymousUser);
    const [percentiles] = payChartBlocks(answer);
    expect(percentiles?.title).toBe("Machine Learning Engineer: pay percentiles");
    const text = JSON.stringify(answer);
    for (const s of percentiles?.chart.series ?? [])
      for (const p of s.data) expect(text).toContain(p.value.toLocaleString("en-US"));
    expect(chartViolations(percentiles as DataVisualizationBlock)).toEqual([]);
  });

  it("chart `salary mle` by level and by place with the figures the text shows", () => {
    const answer = withoutOfficial(salaryFor(kb, mle, {}, anonymousUser));
    const [levels, places] = payChartBlocks(answer);
    expect(levels?.title).toBe("Machine Learning Engineer pay by level");
    // Entry level $96,000 – $152,601: a low and a high bar.
    expect(points(levels)["Low end"]).toContainEqual(["Entry level", 96_000]);
    expect(points(levels)["High end"]).toContainEqual(["Entry level", 152_601]);
    expect(places?.title).toBe("Machine Learning Engineer pay by place (average)");
    expect(points(places).Pay).toContainEqual(["Seattle, WA", 173_517]);
    // The text's figures, and only them: every bar is a figure of the answer.
    const text = JSON.stringify(answer);
    for (const s of [...(levels?.chart.series ?? []), ...(places?.chart.series ?? [])])
      for (const p of s.data) expect(text).toContain(p.value.toLocaleString("en-US"));
    for (const b of [levels, places]) expect(chartViolations(b as DataVisualizationBlock)).toEqual([]);
  });

  it("draw percentile figures first when a pay answer carries them, whatever they are called", () => {
    const answer = withoutOfficial(salaryFor(kb, mle, {}, anonymousUser));
    const figure = (label: string, value: number): FigureView => ({
      label,
      value: `$${value.toLocaleString("en-US")}`,
      citation: answer.levels[0]?.figure.citation as FigureView["citation"],
      amount: { value, unit: "usd" },
    });
    const withPercentiles = {
      ...answer,
      officialPercentiles: [
        figure("10th percentile", 90_000),
        figure("Median", 150_000),
        figure("90th percentile", 240_000),
      ],
    } as SalaryAnswer;
    const charts = payChartBlocks(withPercentiles);
    expect(charts).toHaveLength(2); // Slack draws two charts a message at most
    expect(charts[0]?.title).toBe("Machine Learning Engineer: pay percentiles");
    expect(points(charts[0]).Pay).toEqual([
      ["10th percentile", 90_000],
      ["Median", 150_000],
      ["90th percentile", 240_000],
    ]);
  });

  it("find percentile figures among the answer's other figures too (official figures by label)", () => {
    const answer = withoutOfficial(salaryFor(kb, mle, {}, anonymousUser));
    const citation = answer.levels[0]?.figure.citation as FigureView["citation"];
    const official = (label: string, value: number): FigureView => ({
      label,
      value: `$${value.toLocaleString("en-US")}`,
      citation,
      baseOnly: true,
      amount: { value, unit: "usd" },
    });
    const withOfficial = {
      ...answer,
      government: [official("25th percentile wage", 110_000), official("75th percentile wage", 190_000)],
    };
    expect(points(payChartBlocks(withOfficial)[0]).Pay).toEqual([
      ["25th percentile wage", 110_000],
      ["75th percentile wage", 190_000],
    ]);
  });

  it("chart a comparison's roles side by side, from each role's pay figure in the comparison", () => {
    const answer = compareRoles(kb, [mle, swe]);
    const [chart] = payChartBlocks(answer);
    expect(chart?.chart.axis_config.categories).toEqual(["MLE", "Software Engineer"]);
    expect(points(chart).Pay).toEqual([
      ["MLE", 133_336],
      ["Software Engineer", 135_980],
    ]);
    expect(chartViolations(chart as DataVisualizationBlock)).toEqual([]);
  });

  it("are not drawn for answers without pay, nor when the setting is off", () => {
    expect(payChartBlocks(advise(kb, { kind: "path", role: "mle" }, anonymousUser))).toEqual([]);
    const salary = salaryFor(kb, mle, {}, anonymousUser);
    const types = (native: boolean) =>
      renderMessage(salary, { nativeCharts: native }).blocks.map((b) => b.type);
    expect(types(true).filter((t) => t === "data_visualization")).toHaveLength(2);
    expect(types(false)).not.toContain("data_visualization");
    expect(blockKitViolations(renderMessage(salary, { nativeCharts: true }) as never)).toEqual([]);
  });
});

describe("the comparison table", () => {
  it("has a column per role and rows for pay, outlook, education, experience and distinct skills", () => {
    const table = comparisonTable(compareRoles(kb, [mle, swe]));
    const cells = table.rows.map((row) => row.map((c) => (c as { text: string }).text));
    expect(cells[0]).toEqual(["Topic", "Machine Learning Engineer", "Software Engineer"]);
    expect(cells.map((r) => r[0])).toEqual([
      "Topic",
      "Pay",
      "Outlook",
      "Education",
      "Experience",
      "Skills only this role needs",
    ]);
    expect(cells[1]?.[1]).toContain("$133,336");
    expect(cells[1]?.[2]).toContain("$135,980");
  });

  it("stays within Slack's limits: at most 100 rows of at most 20 cells, each cell a short raw text", () => {
    const many = kb.knowledge.roles.slice(0, 3);
    const answer: Comparison = compareRoles(kb, many);
    const long = {
      ...answer,
      rows: answer.rows.map((r) => ({ ...r, values: r.values.map(() => "y".repeat(5000)) })),
    };
    const table = comparisonTable(long);
    expect(table.rows.length).toBeLessThanOrEqual(100);
    for (const row of table.rows) {
      expect(row.length).toBeLessThanOrEqual(20);
      expect(row.length).toBe(many.length + 1);
      for (const c of row) expect([...(c as { text: string }).text].length).toBeLessThanOrEqual(200);
    }
    const message = renderMessage(compareRoles(kb, [mle, swe]));
    expect(message.blocks.map((b) => b.type)).toContain("table");
    expect(message.text).toContain("Machine Learning Engineer"); // the text fallback stays
    expect(blockKitViolations(message as never)).toEqual([]);
  });

  it("is drawn once in a message answering two questions, each answer in turn under a line", () => {
    // A comparison and the pay of the same two roles, as two questions answered in one message.
    const both: BothAnswers = {
      kind: "both",
      parts: [
        ask(kb, "whats the difference between sre and devops?").answer,
        ask(kb, "sre vs devops pay").answer,
      ],
      followups: [],
    };
    expect(both.parts.map((p) => p.kind)).toEqual(["compare", "pay-compare"]);
    const message = renderMessage(both, { nativeCharts: true });
    const types = message.blocks.map((b) => b.type);
    expect(types.filter((t) => t === "header")).toHaveLength(2);
    expect(types).toContain("divider");
    // The same pay, charted by the comparison and by the pay answer, is drawn once.
    expect(types.filter((t) => t === "data_visualization")).toHaveLength(1);
    // Two comparisons: Slack takes one table a message, the first one's.
    const two: BothAnswers = {
      kind: "both",
      parts: [compareRoles(kb, [mle, swe]), compareRoles(kb, [swe, mle])],
      followups: [],
    };
    const tables = renderMessage(two).blocks.filter((b) => b.type === "table");
    expect(tables).toEqual([comparisonTable(compareRoles(kb, [mle, swe]))]);
    expect(blockKitViolations(message as never)).toEqual([]);
    expect(blockKitViolations(renderMessage(two) as never)).toEqual([]);
  });
});

describe("feedback buttons", () => {
  const subject = {
    kind: "salary",
    roles: ["machine-learning-engineer"],
    knowledge: "abc123",
    question: "what does an MLE earn in <!channel>?",
  };

  it("carry what the answer was in each button, the question's words only in 👎", () => {
    const block = feedbackBlock(subject);
    expect(block.type).toBe("context_actions");
    const [buttons] = block.elements as {
      positive_button: { value: string };
      negative_button: { value: string };
    }[];
    const up = decodeFeedback(buttons?.positive_button.value ?? "");
    const down = decodeFeedback(buttons?.negative_button.value ?? "");
    expect(up).toEqual({
      value: "positive",
      subject: { kind: "salary", roles: subject.roles, knowledge: "abc123" },
    });
    expect(down).toEqual({ value: "negative", subject });
    expect(blockKitViolations({ text: "x", blocks: [block] })).toEqual([]);
  });

  it("keep each value within Slack's 2,000 characters, even for a long question in any script", () => {
    const block = feedbackBlock({ ...subject, question: "仕事".repeat(2000) });
    const [buttons] = block.elements as { negative_button: { value: string } }[];
    const value = buttons?.negative_button.value ?? "";
    expect(value.length).toBeLessThanOrEqual(2000);
    expect(decodeFeedback(value)?.subject.question?.length).toBeGreaterThan(0);
  });

  it("read nothing into a value this app did not write", () => {
    expect(decodeFeedback("")).toBeUndefined();
    expect(decodeFeedback("+not base64 json")).toBeUndefined();
    expect(decodeFeedback(`-${Buffer.from('{"k":1}').toString("base64url")}`)).toBeUndefined();
  });

  it("go under answers but not under settings", () => {
    const salary = salaryFor(kb, mle, {}, anonymousUser);
    expect(renderMessage(salary, { feedback: subject }).blocks.at(-1)?.type).toBe("context_actions");
    const prefs = prefsView(kb, undefined);
    expect(renderMessage(prefs, { feedback: subject }).blocks.map((b) => b.type)).not.toContain(
      "context_actions",
    );
  });
});

describe("the feedback report and export", () => {
  const at = (day: number) => `2026-12-0${day}T10:00:00.000Z`;
  const records: FeedbackRecord[] = [
    { at: at(1), value: "positive", kind: "salary", roles: [], knowledge: "v1" },
    {
      at: at(2),
      value: "negative",
      kind: "salary",
      roles: ["mle"],
      knowledge: "v1",
      question: "mle pay in Oslo?",
    },
    {
      at: at(3),
      value: "negative",
      kind: "question",
      roles: [],
      knowledge: "v1",
      question: 'is: it "quoted"?',
    },
    {
      at: at(4),
      value: "negative",
      kind: "question",
      roles: [],
      knowledge: "v2",
      question: 'Is: it "quoted"?',
    },
    { at: at(4), value: "negative", kind: "question", roles: [], knowledge: "v2" },
  ];

  it("gives the 👎 share per kind of answer, worst first, and the latest 👎 questions", () => {
    const report = feedbackReport(records);
    expect(report.byKind).toEqual([
      { kind: "question", positive: 0, negative: 3, negativeShare: 1 },
      { kind: "salary", positive: 1, negative: 1, negativeShare: 0.5 },
    ]);
    expect(report.recentNegative.map((n) => n.question)).toEqual([
      'Is: it "quoted"?',
      undefined,
      'is: it "quoted"?',
      "mle pay in Oslo?",
    ]);
  });

  it("exports each 👎 question once as an unlabelled corpus entry that YAML reads back", () => {
    const yaml = corpusEntries(records);
    expect(YAML.parse(yaml)).toEqual([
      { id: "feedback-001", ask: "mle pay in Oslo?" },
      { id: "feedback-002", ask: 'is: it "quoted"?' },
    ]);
    expect(yaml).toContain("# answered as salary (mle), knowledge v1, 2026-12-02");
    expect(YAML.parse(corpusEntries([]))).toEqual([]);
  });
});
