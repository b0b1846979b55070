import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion, ask } from "../../../src/advisor/ask.js";
import { loadKnowledgeBase } from "../../../src/knowledge/base.js";
import { KnowledgeError } from "../../../src/knowledge/core/loader.js";
import { runDataCommand } from "../../../src/official/cli.js";
import { readLayer, writeLayer } from "../../../src/official/files.js";
import { importOfficial } from "../../../src/official/import/run.js";
import { rankedTitles, TitleIndex } from "../../../src/official/titles.js";
import { renderText } from "../../../src/render/plain-text.js";
import { writeAgencyFolder, writeOewsCsv, writeOewsXlsx } from "../../support/official-extracts.js";

let work: string;
let agency: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "official-"));
  agency = path.join(work, "downloads");
  await writeAgencyFolder(agency);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("career data import", () => {
  it("joins OEWS, projections and O*NET on the SOC code, keeping BLS's marks as marks", async () => {
    const { layer } = await importOfficial([agency], new Date("2026-12-04T10:00:00Z"));
    const bySoc = new Map(layer.occupations.map((o) => [o.soc, o]));
    const dev = bySoc.get("15-1252");
    expect(dev?.pay).toMatchObject({ employment: 1687890, median: 135980, p10: 82460, p90: 214670 });
    expect(dev?.outlook).toMatchObject({
      changePercent: 15.8,
      openingsThousands: 115.2,
      education: "Bachelor's degree",
    });
    expect(dev?.onet?.hotTechnologies).toEqual(["Git"]);
    expect(dev?.onet?.jobZone).toBe(4);
    expect(dev?.onet?.related).toEqual(["13-1020"]);
    expect(dev?.onet?.titles.split("\n")).toEqual(
      expect.arrayContaining(["Widget Platform Engineer (WPE)", "Release Engineer", "Software Buyer"]),
    );
    // The reported titles O*NET shows job seekers (My Next Move) are kept apart: they decide shared names.
    expect(dev?.onet?.featuredTitles).toBe("Application Integration Engineer");
    expect(bySoc.get("13-1020")?.onet?.featuredTitles).toBe("Software Buyer");
    expect(dev?.sources.oews).toBe("https://www.bls.gov/oes/2025/may/oes151252.htm");
    // The code printed as both broad and detailed: the detailed row's figures, once.
    expect(bySoc.get("13-1020")?.pay?.median).toBe(71000);
    expect(bySoc.get("13-1020")?.onet?.subTitles.split("\n")).toEqual([
      "Procurement Clerks",
      "Purchasing Clerk",
    ]);
    expect(bySoc.get("29-1218")?.pay).toMatchObject({ median: "#", p90: "#", p10: 120000 });
    expect(bySoc.get("27-2011")?.pay).toMatchObject({ employment: "**", median: "*" });
    // Hourly wages: the median and middle half, BLS's marks kept; "*" where it publishes annual wages only.
    expect(dev?.pay).toMatchObject({ hourlyP25: 50.58, hourlyMedian: 65.38, hourlyP75: 82.68 });
    expect(bySoc.get("29-1218")?.pay).toMatchObject({ hourlyP25: 110.58, hourlyMedian: "#", hourlyP75: "#" });
    expect(bySoc.get("25-2021")?.pay).toMatchObject({ median: 63970, hourlyMedian: "*", hourlyP75: "*" });
    expect(bySoc.get("27-2011")?.pay).toMatchObject({
      hourlyMedian: 29.05,
      hourlyP25: 20.34,
      hourlyP75: 97.95,
    });
    expect(bySoc.has("00-0000")).toBe(false);
    expect(layer.manifest.releases).toEqual({
      oews: "OEWS May 2025",
      projections: "Projections 2024–34",
      onet: "O*NET 29.3",
    });
    expect(layer.manifest.files.map((f) => f.name)).toContain("national_M2025_dl.xlsx");
    expect(layer.manifest.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
    expect(layer.manifest.importedAt).toBe("2026-12-04T10:00:00.000Z");
  });

  it("reads OEWS's CSV export like its workbook, and takes only the newest OEWS release", async () => {
    const dir = path.join(work, "csv");
    cpSync(agency, dir, { recursive: true });
    rmSync(path.join(dir, "national_M2025_dl.xlsx"));
    writeOewsCsv(path.join(dir, "national_M2025_dl.csv"));
    await writeOewsXlsx(path.join(dir, "national_M2024_dl.xlsx"), 131450);
    const { layer, notUsed } = await importOfficial([dir]);
    expect(layer.occupations.find((o) => o.soc === "15-1252")?.pay?.median).toBe(135980);
    expect(layer.manifest.releases.oews).toBe("OEWS May 2025");
    expect(notUsed.join("\n")).toMatch(/national_M2024_dl\.xlsx \(OEWS May 2024: an older release/);
  });

  it("writes the layer and the curated roles' subset, and the app answers any occupation from it", async () => {
    const knowledge = path.join(work, "knowledge");
    cpSync(path.resolve("knowledge"), knowledge, { recursive: true });
    const out = path.join(work, "layer");
    const result = await runDataCommand(["import", agency], {
      OFFICIAL_DATA_DIR: out,
      KNOWLEDGE_DIR: knowledge,
    });
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Releases: OEWS May 2025, Projections 2024–34, O\*NET 29\.3/);
    expect(readLayer(out)?.occupations.map((o) => o.soc)).toEqual([
      "13-1020",
      "15-1252",
      "25-2021",
      "27-2011",
      "29-1141",
      "29-1218",
    ]);
    const subset = readFileSync(path.join(knowledge, "official.yaml"), "utf8");
    expect(subset).toContain("soc: 15-1252");
    expect(subset).not.toContain("soc: 27-2011");
    // The same files imported again: the committed subset is left as it is, not rewritten with a new date.
    const again = await runDataCommand(["import", agency], {
      OFFICIAL_DATA_DIR: out,
      KNOWLEDGE_DIR: knowledge,
    });
    expect(again.out).toMatch(/official\.yaml is unchanged: it already holds these releases' figures/);
    expect(readFileSync(path.join(knowledge, "official.yaml"), "utf8")).toBe(subset);

    const kb = loadKnowledgeBase(knowledge, { officialDir: out });
    const buyers = renderText(answerQuestion(kb, "how much do purchasing clerks make"));
    expect(buyers).toContain("Buyers and Purchasing Agents (SOC 13-1020)");
    expect(buyers).toContain("$71,000");
    expect(buyers).toContain("BLS OEWS, May 2025");
    expect(buyers).toMatch(/no curated skills checklist/);
    // An occupation compared with a curated role: its answer names the role and the role's median.
    const beside = renderText(answerQuestion(kb, "software engineer vs purchasing clerk"));
    expect(beside).toContain("Buyers and Purchasing Agents (SOC 13-1020)");
    expect(beside).toMatch(
      /Beside Software Engineer: median annual wage, software developers \(US\), \$135,980/,
    );
    // A place asked: said first that the figures are national.
    expect(renderText(answerQuestion(kb, "what do purchasing clerks make in denver"))).toContain(
      "No figures for Denver: the official layer holds national figures only",
    );
    // A follow-up that changes only the place stays on the occupation, saying its figures are national.
    const nurses = ask(kb, "how much do purchasing clerks make");
    const there = ask(kb, "and in austin?", { context: nurses.context });
    expect(there.answer.kind).toBe("occupation");
    expect(renderText(there.answer)).toContain("No figures for Texas (Austin, Dallas)");
    // "vs actors?" sets the occupation named against the thread's.
    const against = ask(kb, "vs actors?", { context: nurses.context });
    expect(renderText(against.answer)).toContain("Actors (SOC 27-2011)");
    expect(renderText(against.answer)).toMatch(
      /Beside Buyers and Purchasing Agents: median annual wage[^\n]*\$71,000/,
    );
    // The occupation stays the thread's subject: "is it growing?" is about it, not the ML market.
    const first = ask(kb, "how much do purchasing clerks make");
    const followUp = ask(kb, "is it growing?", { context: first.context });
    expect(followUp.answer.kind).toBe("occupation");
    expect(renderText(followUp.answer)).toContain("Buyers and Purchasing Agents (SOC 13-1020)");
    // Two occupations compared: the first's answer, with the second's median beside it.
    const two = renderText(answerQuestion(kb, "actors vs purchasing clerks, who earns more"));
    expect(two).toContain("Actors (SOC 27-2011)");
    expect(two).toMatch(/Beside Buyers and Purchasing Agents: median annual wage[^\n]*\$71,000/);
    // A name O*NET gives two occupations goes to the one it shows job seekers under that name.
    expect(renderText(answerQuestion(kb, "what does a software buyer earn"))).toContain(
      "Buyers and Purchasing Agents (SOC 13-1020)",
    );
    // A move from an occupation into a role: the occupation's figures beside the role's, then all it needs.
    for (const q of [
      "purchasing clerk to software engineer, worth it?",
      "im a purchasing clerk, should i switch to swe",
    ]) {
      const move = renderText(answerQuestion(kb, q));
      expect(move, q).toContain("From Buyers and Purchasing Agents to Software Engineer");
      expect(move, q).toMatch(/Read “purchasing clerk” as Buyers and Purchasing Agents \(SOC 13-1020\)/);
      expect(move, q).toMatch(/Buyers and Purchasing Agents:\n\s+- Median annual wage[^\n]*\$71,000/);
      expect(move, q).toContain("On these figures Software Engineer pays more.");
      expect(move.indexOf("Outlook side by side"), q).toBeLessThan(move.indexOf("To learn"));
    }
    const obgyn = renderText(answerQuestion(kb, "29-1218"));
    expect(obgyn).toContain("at or above the top wage BLS publishes");
    expect(obgyn).not.toMatch(/Median annual wage[^\n]*\$/);
    // BLS publishes hourly wages only for actors: those come first, the annual ones said to be unreleased.
    const actors = renderText(answerQuestion(kb, "what do actors earn"));
    expect(actors).toContain("not released by BLS");
    expect(actors).toContain("Median hourly wage, actors (US): $29.05 (BLS OEWS, May 2025; base pay only)");
    // A curated role takes its official figures from the layer.
    expect(renderText(answerQuestion(kb, "how much do software engineers make"))).toContain("$135,980");
  });

  it("leaves the previous layer in place and names the file when one cannot be read", async () => {
    const out = path.join(work, "kept");
    const knowledge = path.join(work, "knowledge-kept");
    cpSync(path.resolve("knowledge"), knowledge, { recursive: true });
    expect(
      (await runDataCommand(["import", agency], { OFFICIAL_DATA_DIR: out, KNOWLEDGE_DIR: knowledge })).code,
    ).toBe(0);
    const before = readFileSync(path.join(out, "layer.json"), "utf8");
    const broken = path.join(work, "broken");
    cpSync(agency, broken, { recursive: true });
    writeFileSync(path.join(broken, "national_M2025_dl.csv"), "AREA,SOMETHING\n1,2\n");
    rmSync(path.join(broken, "national_M2025_dl.xlsx"));
    const result = await runDataCommand(["import", broken], {
      OFFICIAL_DATA_DIR: out,
      KNOWLEDGE_DIR: knowledge,
    });
    expect(result.code).toBe(1);
    expect(result.out).toContain("previous layer");
    expect(result.out).toContain(
      "national_M2025_dl.csv: expected an OEWS national table with the columns OCC_CODE",
    );
    expect(readFileSync(path.join(out, "layer.json"), "utf8")).toBe(before);

    const stray = path.join(work, "notes.pdf");
    writeFileSync(stray, "not a table");
    const wrong = await runDataCommand(["import", stray], {
      OFFICIAL_DATA_DIR: out,
      KNOWLEDGE_DIR: knowledge,
    });
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(
      /notes\.pdf: not a file the importer reads: expected one of BLS's national_M<year>_dl\.xlsx/,
    );
    expect(readFileSync(path.join(out, "layer.json"), "utf8")).toBe(before);
  });

  it("says how to run it when the arguments are missing", async () => {
    const result = await runDataCommand(["import"], {});
    expect(result.code).toBe(2);
    expect(result.out).toMatch(/Usage: career data import <file or folder…>/);
  });

  it("stops the start with the file and the fix when a layer is damaged", () => {
    const out = path.join(work, "damaged");
    cpSync(path.join(work, "kept"), out, { recursive: true });
    writeFileSync(path.join(out, "layer.json"), '{"manifest": {"format": 1}');
    expect(() => loadKnowledgeBase("knowledge", { officialDir: out })).toThrow(KnowledgeError);
    try {
      loadKnowledgeBase("knowledge", { officialDir: out });
    } catch (error) {
      expect((error as KnowledgeError).problems[0]).toMatch(
        /layer\.json: \(file\): is not valid JSON.*career data import/,
      );
    }
    // A damaged file is never overwritten by loading it.
    expect(readFileSync(path.join(out, "layer.json"), "utf8")).toBe('{"manifest": {"format": 1}');
  });
});

// The agencies' own files, when they are beside the project (on CI and developers' machines).
const shared = path.resolve("..", "shared", "data", "official");
describe.runIf(existsSync(shared))("career data import of the agencies' own files", () => {
  let layer: Awaited<ReturnType<typeof importOfficial>>["layer"];
  // Questions answered from every occupation, as the app answers them with the layer imported.
  let full: ReturnType<typeof loadKnowledgeBase>;
  const said = (q: string) => renderText(answerQuestion(full, q));
  beforeAll(async () => {
    layer = (await importOfficial([shared])).layer;
    const dir = path.join(work, "shared-layer");
    writeLayer(dir, layer);
    full = loadKnowledgeBase("knowledge", { officialDir: dir });
  }, 180_000);

  it("reads every file of ../shared/data/official and keeps its checksums", async () => {
    const readme = readFileSync(path.join(shared, "README.md"), "utf8");
    expect(layer.manifest.releases).toEqual({
      oews: "OEWS May 2025",
      projections: "Projections 2024–34",
      onet: "O*NET 29.3",
    });
    expect(layer.occupations.length).toBeGreaterThan(800);
    for (const f of layer.manifest.files.filter((x) => x.series !== "onet"))
      expect(readme).toContain(f.sha256);
    const dev = layer.occupations.find((o) => o.soc === "15-1252");
    // The README's cross-check of the May 2025 file: employment, median and 90th percentile.
    expect(dev?.pay).toMatchObject({ employment: 1687890, median: 135980, p90: 214670 });
    // Hourly wages as BLS prints them (checked against the workbook's cells: docs/official-data.md).
    const pay = (soc: string) => layer.occupations.find((o) => o.soc === soc)?.pay;
    expect(dev?.pay).toMatchObject({ hourlyP25: 50.58, hourlyMedian: 65.38, hourlyP75: 82.68 });
    expect(pay("29-1141")).toMatchObject({ hourlyP25: 38.62, hourlyMedian: 46.9, hourlyP75: 54.02 });
    expect(pay("47-2111")).toMatchObject({ hourlyMedian: 30.38 });
    expect(pay("25-2021")).toMatchObject({ median: 63970, hourlyMedian: "*" });
    expect(pay("27-2011")).toMatchObject({ median: "*", hourlyMedian: 29.05 });
    // Every occupation with OEWS wages has its hourly median, a number or BLS's mark: none left out.
    const paid = layer.occupations.filter((o) => o.pay);
    expect(paid.every((o) => o.pay?.hourlyMedian !== undefined)).toBe(true);
    expect(paid.filter((o) => o.pay?.hourlyMedian === "*").length).toBe(58);
    expect(layer.occupations.find((o) => o.soc === "15-1244")?.outlook?.changePercent).toBeLessThan(0);
    // Names O*NET gives several occupations: the one it features the name for, then a specific
    // occupation over an "All Other" one; where it features the name for several, still asked back.
    const titles = new TitleIndex(layer.occupations.map(rankedTitles));
    expect(titles.lookup("stock clerk")).toEqual(["53-7065"]);
    expect(titles.lookup("mail carriers")).toEqual(["43-5052"]);
    expect(titles.lookup("dog walker")).toEqual(["39-2021"]);
    expect(titles.lookup("teacher").length).toBeGreaterThan(1);
    // Then to those whose own title says what the name says; a bare word O*NET lists only under an
    // unrelated occupation to the commonest one it names; a short name where its long name goes.
    expect(titles.lookup("systems engineer").length).toBeGreaterThan(1);
    expect(titles.lookup("truckers")).toEqual(["53-3032"]);
    expect(titles.lookup("high school teacher")).toEqual(["25-2031"]);
    expect(titles.lookup("customer support rep")).toEqual(["43-4051"]);
    expect(titles.lookup("police")).toEqual(["33-3051"]);
    expect(titles.lookup("customer service rep")).toEqual(["43-4051"]);
  });

  it("answers an occupation's name with that occupation's own figures (issue 21)", () => {
    expect(said("police salary")).toContain("Police and Sheriff's Patrol Officers (SOC 33-3051)");
    expect(said("firefighter vs police salary")).toContain(
      "Beside Police and Sheriff's Patrol Officers: median annual wage, police and sheriff's patrol officers (US), $76,210",
    );
    expect(said("data entry clerk outlook")).toContain("Data Entry Keyers (SOC 43-9021)");
    expect(said("data entry clerk salary")).not.toContain("Which role do you mean");
    expect(said("uber driver salary")).toContain("Taxi Drivers (SOC 53-3054)");
    expect(said("rideshare driver salary")).toContain("Taxi Drivers (SOC 53-3054)");
    expect(said("doordash driver pay")).toContain("Driver/Sales Workers (SOC 53-3031)");
    expect(said("customer service rep to it support specialist")).toContain(
      "Customer Service Representatives (SOC 43-4051)",
    );
    expect(said("pm vs project manger")).toContain("Project Management Specialists (SOC 13-1082)");
    const scrum = said("project manger vs scrum master");
    expect(scrum).toContain("Project Management Specialists (SOC 13-1082)");
    expect(scrum).toContain("Beside Computer Occupations, All Other");
  });

  it("answers pay asked per hour with BLS's hourly median, or says it publishes none", () => {
    const nurses = said("registered nurse hourly wage");
    expect(nurses).toContain("Registered Nurses (SOC 29-1141)");
    expect(nurses).toContain(
      "Median hourly wage, registered nurses (US): $46.90 (BLS OEWS, May 2025; base pay only)",
    );
    expect(said("electrician pay per hour")).toContain("Median hourly wage, electricians (US): $30.38");
    expect(said("elementary school teacher hourly wage")).toContain(
      "none: BLS publishes annual wages only for this occupation",
    );
  });

  it("reads a misspelt one-word title in a comparison or pay question, and drops no side", () => {
    expect(said("electrcian salary")).toContain("Electricians (SOC 47-2111)");
    expect(said("bookeeper salary")).toContain("Bookkeeping, Accounting, and Auditing Clerks (SOC 43-3031)");
    expect(said("elecrtician vs plumber pay")).toContain("Beside Plumbers, Pipefitters, and Steamfitters");
    expect(said("pharmasist vs data scientist pay")).toContain("Pharmacists (SOC 29-1051)");
    expect(said("accountnt vs bookkeeper")).toContain(
      "Accountants and Auditors (SOC 13-2011): official US figures",
    );
    const three = said("swe vs mle vs accountant");
    expect(three).toContain("Beside Software Engineer");
    expect(three).toContain("Beside Machine Learning Engineer");
    expect(said("nurse vs teacher salary")).toContain(
      "“teacher” is a title O*NET lists under several occupations",
    );
  });

  it("answers a name that clearly means one occupation without asking back", () => {
    for (const [q, soc] of [
      ["high school teacher salary", "25-2031"],
      ["how much do truckers make", "53-3032"],
      ["customer support rep pay", "43-4051"],
      ["ux designer salary", "15-1255"],
    ])
      expect(answerQuestion(full, q as string)).toMatchObject({ kind: "occupation", soc });
    // A word in front that leaves the job as it is: no question back with the curated roles.
    expect(answerQuestion(full, "professional gamer salary")).toMatchObject({
      kind: "occupation",
      soc: "27-2021",
    });
    expect(said("influencer salary")).toContain(
      "“influencer” is one of the job titles O*NET lists under Models (SOC 41-9012): these are that whole occupation's figures.",
    );
  });
});
