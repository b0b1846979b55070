import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// A follow-up that names no role in a thread that has one clear role (or picks one): answered for that
// role, never "About X? Pick what you want to know" when the words say what is asked.
const answer = lastAnswerText;

describe("what getting into the thread's one role takes", () => {
  it("answers 'what does it take to get there' with how people get in and what the role needs", () => {
    const text = answer("sr IT admin salary", "what does it take to get there");
    expect(text).toContain("How to become a System Administrator");
    expect(text).toContain("What it needs: Operating systems, Linux");
    expect(text).not.toContain("Pick what you want to know");
    expect(answer("network admin salary", "what would it take to get there")).toContain(
      "How to become a Network Administrator",
    );
  });

  it("answers 'how long does it take' with no timeline said, then how people get in", () => {
    const text = answer("what do sysadmins do", "is it hard to learn", "how long does it take");
    expect(text).toContain("The sources give no timeline for becoming a System Administrator");
    expect(text).toContain("bachelor's degree");
    expect(text).not.toContain("Pick what you want to know");
    expect(answer("how much does a network architect make", "how long does it take")).toContain(
      "The sources give no timeline for becoming a Network Architect",
    );
  });

  it("reads 'what does it take to become' a role named as getting into it", () => {
    const text = answer("what does it take to become a data scientist");
    expect(text).toContain("How to become a Data Scientist");
    expect(text).not.toContain("ML trends");
  });

  it("still answers a question of experience as one", () => {
    expect(answer("distinguished ml engineer", "how many years of experience is that?")).not.toContain(
      "How to become",
    );
  });
});

describe("the next step after a move, named by the word that sets it apart", () => {
  it("goes on from where the move led: 'and then distinguished?' after ML engineer to lead", () => {
    const text = answer("ml engineer to lead ml engineer what does it take", "and then distinguished?");
    expect(text).toContain("From Lead Machine Learning Engineer to Distinguished Machine Learning Engineer");
    expect(text).not.toContain("Pick what you want to know");
  });

  it("reads the word with a thread role's name as the role it names", () => {
    expect(answer("lead ml engineer salary", "and distinguished?")).toContain(
      "Distinguished Machine Learning Engineer pay",
    );
  });

  it("keeps the start of the move for 'what about X instead'", () => {
    expect(answer("swe -> mle?", "what about devops instead")).toContain(
      "From Software Engineer to DevOps Engineer",
    );
  });
});

describe("one side of a comparison picked", () => {
  it("describes the role picked instead of asking back", () => {
    const text = answer("cloud architect vs data architect", "the second one");
    expect(text).toContain("What a Data Architect does");
    expect(text).not.toContain("Pick what you want to know");
    expect(answer("cloud architect vs data architect", "the second one", "and the pay in sf")).toContain(
      "Data Architect pay",
    );
  });

  it("still asks back when the thread's one role is picked with nothing asked", () => {
    expect(answer("what does a qa engineer do", "the first one")).toContain("About QA Engineer?");
  });
});

describe("a word of growth in a fragment", () => {
  it("is the thread's role's outlook, saying so where the knowledge has none", () => {
    const text = answer("<@U55> what does a product manager do", "do they need a degree", "how about growth");
    expect(text).toContain("Outlook for a Product Manager");
    expect(text).toContain("The knowledge base lists no outlook figures for Product Manager");
    expect(answer("qa engineer skills", "how about demand")).toContain("Outlook for a QA Engineer");
  });
});

describe("'day to day?' after a role's summary or an occupation's card", () => {
  it("gives a role's duties on 'day to day?' after its summary, not a menu", () => {
    const text = answer("what does a big data cloud engineer do", "day to day?");
    expect(text).toContain("What a Big Data Cloud Engineer does");
    expect(text).not.toContain("Pick what you want to know");
  });

  it("says plainly that the official figures hold no duties on 'day to day?' after an occupation's card", () => {
    const text = answer("how much do computer and information systems managers make", "day to day?");
    expect(text).toContain(
      "The official figures hold no description of what Computer and Information Systems Managers do day to day",
    );
  });
});

describe("the latter, the former and a pick that closes a question", () => {
  const compared = "hiring for recs/ranking, do i want a data scientist or an ML engineer";

  it("reads 'the latter' and 'the former' as the thread's roles, not as job titles", () => {
    const latter = answer(compared, "the latter, whats the range");
    expect(latter).toContain("Machine Learning Engineer pay");
    expect(latter).not.toContain("latter");
    const former = answer("data scientist vs ml engineer", "the former, whats the range");
    expect(former).toContain("Data Scientist pay");
    expect(former).not.toContain("Extruding");
    // A short reply that names a topic after the pick asks that topic, not what the role does.
    expect(answer("sre vs devops engineer", "the former, what skills")).toContain(
      "Skills for a Site Reliability Engineer",
    );
  });

  it("reads 'the latter' in a question of its own words as the role it asks about", () => {
    const latter = answer("devops vs sre", "how do you get into the latter");
    expect(latter).toContain("How to become a Site Reliability Engineer");
    expect(latter).not.toContain("outside what I know");
    expect(answer("frontend vs backend", "how do u get into the former one")).toContain(
      "How to become a Front-End Developer",
    );
  });

  it("keeps the role picked for the next follow-up", () => {
    expect(answer(compared, "the latter, whats the range", "in nyc")).toContain(
      "Machine Learning Engineer, New York City",
    );
  });

  it("reads a pick at the end of a question as the role the question asks about", () => {
    const skills = answer("compare swe, sre and devops", "what skills for the last one");
    expect(skills).toContain("Skills for a DevOps Engineer");
    expect(skills).not.toContain("Only Software Engineer");
    expect(answer("compare swe, sre and devops", "what about the first one")).toContain(
      "What a Software Engineer does",
    );
  });
});

describe("a platform or tool of the thread's role, asked about alone", () => {
  it("keeps the thread's role and its question, saying why, rather than asking back", () => {
    const pay = lastAnswerText("what does an ios developer earn", "and android?");
    expect(pay).toContain("it is part of Mobile Developer");
    expect(pay).toContain("Mobile Developer pay");
    expect(pay).not.toContain("Pick what you want to know");
    const skills = lastAnswerText("what skills does an android developer need", "what about ios?");
    expect(skills).toContain("Skills for a Mobile Developer");
    expect(lastAnswerText("frontend developer skills", "and react?")).toContain(
      "Skills for a Front-End Developer",
    );
  });

  it("leaves a word that begins another role's name, or several roles' names, as it was", () => {
    expect(lastAnswerText("ios developer salary", "and senior?")).not.toContain("it is part of");
    expect(lastAnswerText("data scientist salary", "and data?")).toContain("Pick what you want to know");
  });
});
