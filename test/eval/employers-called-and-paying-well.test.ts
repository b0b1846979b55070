import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// "a regional hospital called mercy health", "a company called acme": the name a kind of employer is called
// by is an employer with no figures, said first; "does duolingo pay good for backend devs": how well, then
// the job paid, asks it of the payer (before: no employer read, the general figures as if they were all, r87,
// r88).
describe("employers named in passing", () => {
  it("reads the name after 'called' and the payer before 'pay good for'", () => {
    expect(
      answerText("IT help desk at a regional hospital called mercy health paying 52k in st louis fair?"),
    ).toContain("No figures for Mercy Health");
    expect(answerText("got an offer from a company called acme for data analyst 80k is that fair")).toContain(
      "No figures for Acme",
    );
    expect(answerText("does duolingo pay good for backend devs")).toContain("No figures for Duolingo");
  });

  it("reads no employer in work that pays or things called so", () => {
    expect(answerText("does bartending pay well")).not.toContain("No figures for");
    expect(answerText("does overtime pay well for sysadmins")).not.toContain("No figures for Overtime");
    expect(answerText("whats the job called where you fix networks")).not.toContain("No figures for");
  });
});
