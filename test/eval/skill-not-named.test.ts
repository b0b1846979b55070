import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// Past bug: "is dbt on the list?" after a role's tools was declined as off topic, and "is dbt named for
// data engineers?" got the role's duties. A tool asked after is said to be named or not, with the list.

describe("a tool asked after for a role", () => {
  it("is said not to be named where the sources do not name it", () => {
    const text = lastAnswerText("data eng tools", "is dbt on the list?");
    expect(text).toContain("The sources for Software Data Engineer do not name dbt");
    expect(text).toContain("What the sources list for the role");
    expect(answerText("is dbt named for data engineers?")).toContain(
      "The sources for Software Data Engineer do not name dbt",
    );
    expect(answerText("does a data engineer need airflow")).toContain(
      "The sources for Software Data Engineer do not name Airflow",
    );
  });

  it("is said to be named where the sources name it", () => {
    expect(answerText("is python mentioned for data scientists")).toContain(
      "Yes: the sources list Python among a Data Scientist's technical skills",
    );
  });
});
