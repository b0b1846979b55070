import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { defaultLanguageDir, loadLanguage } from "../../../src/understanding/intent/language.js";

/** A copy of the language files, with one file written over. */
const dirs: string[] = [];
function languageWith(file: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "language-"));
  dirs.push(dir);
  cpSync(defaultLanguageDir, dir, { recursive: true });
  writeFileSync(path.join(dir, file), text);
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    loadLanguage(dir);
    return [];
  } catch (error) {
    return (error as { problems: string[] }).problems;
  }
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// The lines of business a pay question asks "in" (never a place) are language data, checked as the other
// language files are: one or two lower-case words each, and none ending "tech", which the reading takes
// already.
describe("language/sectors.yaml", () => {
  it("is read with the other language files", () => {
    expect(loadLanguage().sectors).toContain("saas");
  });

  it("names the file and the entry of words that are not lower case", () => {
    const problems = problemsOf(languageWith("sectors.yaml", "- crypto\n- Game Dev\n"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/sectors\.yaml: 1: must be one or two lower-case words/);
  });

  it('refuses a word ending "tech", a line of business without an entry', () => {
    const problems = problemsOf(languageWith("sectors.yaml", "- fintech\n"));
    expect(problems[0]).toMatch(/sectors\.yaml: 0: needs no entry/);
  });
});
