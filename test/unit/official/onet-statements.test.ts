import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readDelimited, readWorkbook, type Table } from "../../../src/official/import/tables.js";
import { realKnowledge } from "../../support/knowledge.js";

/**
 * The O*NET statements in the role files, each checked against the field of the O*NET 29.3 file it rests on
 * (docs/official-data.md, "O*NET text in the role files"). The role's text is our own wording; what is
 * checked here is that the agency's own file says it, for the role's occupation.
 */
const described: { role: string; code: string; says: string[] }[] = [
  {
    role: "qa-engineer",
    code: "15-1253.00",
    says: [
      "Develop and execute software tests to identify software problems and their causes.",
      "Test system modifications to prepare for implementation.",
      "Document software and application defects using a bug tracking system and report defects to software or web developers.",
      "Create and maintain databases of known defects.",
      "May participate in software design reviews to provide input on functional requirements, operational characteristics, product designs, and schedules.",
    ],
  },
  {
    role: "research-scientist",
    code: "15-1221.00",
    says: [
      "Conduct research into fundamental computer and information science as theorists, designers, or inventors.",
      "Develop solutions to problems in the field of computer hardware and software.",
    ],
  },
  {
    role: "engineering-manager",
    code: "11-3021.00",
    says: [
      "Plan, direct, or coordinate activities in such fields as electronic data processing, information systems, systems analysis, and computer programming.",
    ],
  },
  {
    role: "it-support-specialist",
    code: "15-1232.00",
    says: [
      "Answer questions or resolve computer problems for clients in person, via telephone, or electronically.",
      "May provide assistance concerning the use of computer hardware and software, including printing, installation, word processing, electronic mail, and operating systems.",
    ],
  },
  {
    role: "database-administrator",
    code: "15-1242.00",
    says: [
      "Identify, investigate, and resolve database performance issues, database capacity, and database scalability.",
    ],
  },
  {
    role: "data-architect",
    code: "15-1243.00",
    says: [
      "Set standards for database operations, programming, query processes, and security.",
      "Model, design, and construct large relational databases or data warehouses.",
      "Create and optimize data models for warehouse infrastructure and workflow.",
    ],
  },
  {
    role: "systems-analyst",
    code: "15-1211.00",
    says: [
      "Analyze science, engineering, business, and other data processing problems to develop and implement solutions to complex applications problems, system administration issues, or network concerns.",
      "Perform systems management and integration functions, improve existing computer systems, and review computer system capabilities, workflow, and schedule limitations.",
      "May analyze or recommend commercially available software.",
    ],
  },
  {
    role: "data-scientist",
    code: "15-2051.00",
    says: [
      "Develop and implement a set of techniques or analytics applications to transform raw data into meaningful information using data-oriented programming languages and visualization software.",
      "Apply data mining, data modeling, natural language processing, and machine learning to extract and analyze information from large structured and unstructured datasets.",
      "Visualize, interpret, and report data findings. May create dynamic data reports.",
    ],
  },
];

// The agencies' own files, when they are beside the project (on CI and developers' machines).
const shared = path.resolve("..", "shared", "data", "official", "onet-29.3");
describe.runIf(existsSync(shared))("the role files' O*NET statements, against the O*NET 29.3 files", () => {
  let occupations: Table;
  let reported: Table;
  let alternate: Table;
  const rowsFor = (t: Table, column: number, value: string) =>
    t.rows.filter((r) => String(r[column] ?? "").toLowerCase() === value.toLowerCase());
  beforeAll(async () => {
    occupations = readDelimited(path.join(shared, "Occupation Data.txt"), "Occupation Data", "\t");
    reported = readDelimited(path.join(shared, "Sample of Reported Titles.txt"), "Reported Titles", "\t");
    const sheets = await readWorkbook(path.join(shared, "Alternate Titles.xlsx"), "Alternate Titles");
    alternate = [...sheets.values()][0] as Table;
  }, 60_000);

  it("finds each sentence a role rests on in its occupation's description (Occupation Data.txt)", () => {
    const roles = new Map(realKnowledge().knowledge.roles.map((r) => [r.id, r]));
    expect(occupations.rows[0]).toEqual(["O*NET-SOC Code", "Title", "Description"]);
    for (const { role, code, says } of described) {
      expect(roles.get(role)?.onet, role).toContain(code);
      expect(roles.get(role)?.sources, role).toContain("onet-29-3-occupation-data");
      const [row] = rowsFor(occupations, 0, code);
      for (const sentence of says) expect(row?.[2], `${role} ${code}`).toContain(sentence);
    }
    // Data scientist's path advice: business intelligence analysts are an occupation within 15-2051.
    expect(rowsFor(occupations, 0, "15-2051.01")[0]?.[1]).toBe("Business Intelligence Analysts");
  });

  it("finds the job titles the salary notes name under the occupations they name", () => {
    expect(alternate.rows[0]?.slice(0, 3)).toEqual(["O*NET-SOC Code", "Title", "Alternate Title"]);
    expect(reported.rows[0]?.slice(0, 3)).toEqual(["O*NET-SOC Code", "Title", "Reported Job Title"]);
    // Cloud architect: an alternate title of three occupations, a reported title of none.
    expect(rowsFor(alternate, 2, "Cloud Architect").map((r) => r[0])).toEqual([
      "15-1241.00",
      "15-1243.00",
      "15-1299.08",
    ]);
    expect(rowsFor(reported, 2, "Cloud Architect")).toEqual([]);
    // Engineering manager: application development director, a reported title of 11-3021.00.
    expect(rowsFor(reported, 2, "Application Development Director").map((r) => r[0])).toEqual(["11-3021.00"]);
    const roles = new Map(realKnowledge().knowledge.roles.map((r) => [r.id, r]));
    for (const id of ["cloud-architect", "engineering-manager"])
      expect(roles.get(id)?.sources, id).toContain("onet-29-3-job-titles");
  });
});
