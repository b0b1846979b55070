import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

const answerText = (q: string) => saidWithLayer(q);
const lastAnswerText = saidWithLayer;

// Moves and their follow-ups, and "ml" with skills said known (list fix-od): what each now reads, and a
// nearby wording that must not change. Occupations need the whole official layer, as the probe reads it.
// The first question loads the whole official layer, which takes longer than a test is given by default.
describe.skipIf(!officialLayerInstalled)(
  "moves, what follows them, and skills said known",
  { timeout: 60_000 },
  () => {
    it("gives the move's end's tools when tools are asked after a move from an occupation", () => {
      const move =
        "been a warehouse supervisor 9 yrs at a DC, i already run all our shift reports in excel. is data analyst realistic at 41 or am i kidding myself";
      const tools = lastAnswerText(move, "what tools should i learn first");
      expect(tools).toContain("Tools and frameworks a Data Analyst uses:");
      expect(tools).not.toContain("From First-Line Supervisors");
      // Nothing of a kind named: still the move's gap.
      expect(lastAnswerText(move, "what should i learn first")).toContain(
        "From First-Line Supervisors of Transportation and Material Moving Workers",
      );
    });

    it("reads two roles taken in turn as the move from the first to the second", () => {
      const text = lastAnswerText(
        "databse admin or data archtect?? our DBA is retiring and mgmt wants me to pick a lane",
        "if i go dba first and then data architect later how long does that usually take",
      );
      expect(text).toContain("From Database Administrator to Data Architect");
      // Set against each other, they are still compared.
      expect(answerText("data architect or dba first then?")).toContain(
        "Data Architect vs Database Administrator",
      );
    });

    it("leaves the skills said known off a role's skills", () => {
      const ml = answerText("what skills for ml am i still missing, i know pandas and some sklearn");
      expect(ml).toContain("The sources for Machine Learning Engineer do not list scikit-learn");
      expect(ml).not.toContain("scikit-learn for a Machine Learning Engineer");
      const ds = answerText("what skills for data science am i missing, i know python");
      expect(ds).toContain("You said you know Python");
      expect(ds).toContain("Technical skills: R, SQL");
      // A skill asked whether needed, with nothing said known, is still checked.
      expect(answerText("do i need sklearn for ml")).toContain(
        "scikit-learn for a Machine Learning Engineer",
      );
    });

    it("reads schooling weighed for one role as its education", () => {
      expect(answerText("is ml realistic for bootcamp grads or is that only phd people")).toContain(
        "Education for a Machine Learning Engineer:",
      );
      expect(answerText("is data science in demand")).not.toContain("Education for");
    });

    it("gives the roles a family of certifications leads to", () => {
      const text = answerText(
        "our IT guy at the plant says i should do comptia. what jobs does that actually lead to",
      );
      expect(text).toContain("CompTIA A+: IT Support Specialist");
      expect(text).toContain("CompTIA Security+: Information Security Analyst");
      // One certification of the family named: its role's, as before.
      expect(answerText("what jobs can i get with a security+")).toContain("Information Security Analyst");
      expect(answerText("what jobs can i get with a security+")).not.toContain(
        "CompTIA A+: IT Support Specialist",
      );
    });

    it("asks which of a field's roles when the field is said instead of a move's end", () => {
      const asked = lastAnswerText(
        "im a nurse thinking about it support",
        "or should i skip that and aim straight for cloud stuff",
      );
      expect(asked).toContain(
        "Which cloud role do you want to move to from Registered Nurses, instead of IT Support Specialist?",
      );
      const picked = lastAnswerText(
        "im a nurse thinking about it support",
        "or should i skip that and aim straight for cloud stuff",
        "the first one",
      );
      expect(picked).toContain("From Registered Nurses to Cloud Architect");
    });

    it("reads 'a health tech co' as a line of business and 'pm (product manager)' as one role", () => {
      const text = lastAnswerText(
        "what do pharmacists make in michigan anyway, my wife thinks shes underpaid at the outpatient pharmacy",
        "she's burned out and thinking pm (product manager) at a health tech co. good move??",
      );
      expect(text).toContain("From Pharmacists to Product Manager");
      expect(text).not.toContain("Health Technologists");
      // The job "health tech" alone is still the occupation.
      expect(answerText("what does a health tech make")).toContain("Health Technologists and Technicians");
    });

    it("gives the ways into tech from the thread's occupation", () => {
      const text = lastAnswerText(
        "what does a pharmacy tech make in michigan, my wife been doing it 7 yrs",
        "she want to go into tech, which of the roles is closest to what she does now",
      );
      expect(text).toContain("To get into tech from Pharmacy Technicians");
      expect(text).not.toContain("Roles I know");
      // The occupation's pay asked again elsewhere is still its pay.
      expect(
        lastAnswerText(
          "what does a pharmacy tech make in michigan, my wife been doing it 7 yrs",
          "what about in ohio",
        ),
      ).not.toContain("To get into tech");
    });
  },
);
