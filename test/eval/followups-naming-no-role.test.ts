import { describe, expect, it } from "vitest";
import { lastAnswerText as answer, answerText } from "../support/questions.js";

// Follow-ups in a thread that name no role: the whole US after a company or a place abroad, a
// pick by "the latter" or "the middle one", a move's catch, a bare "why" after "who makes more", hiring and
// remote work asked of the thread's roles, "which of those" after a pick, a level corrected in more words,
// and the pay difference after a move asked at a level.

describe("the whole US asked after an employer or a place with no figures", () => {
  it("gives the role's general pay, the employer dropped, in whichever words", () => {
    for (const followUp of [
      "ok then in general?",
      "alright, in general then",
      "fine, what about generally",
    ]) {
      const text = answer("how much does stripe pay backend devs", followUp);
      expect(text).toMatch(/^Back-End Developer pay:/m);
      expect(text).toContain("$135,980");
      expect(text).not.toContain("Stripe");
      expect(text).not.toContain("“general");
    }
  });

  it("reads the pronoun 'us' and 'generally' within a question as no country asked", () => {
    // Remote work asked after pay: no source splits pay by it, said first, then the national figures.
    const remote = answer("backend developer salary in seattle", "how about for us remote folks?");
    expect(remote).toContain("no remote pay figures for Back-End Developer");
    expect(remote).not.toContain("the US");
    expect(remote).not.toMatch(/^Back-End Developer pay:/m);
    const work = answer("devops engineer pay at google", "is the work generally remote?");
    expect(work).toContain("The knowledge base has no figures on");
    expect(work).not.toMatch(/^DevOps Engineer pay:/m);
    const good = answer("data analyst pay in austin", "is it good for us?");
    expect(good).toContain("Whether it is good money depends on where you live");
  });

  it("reads the country written as 'US' in capitals, or 'the us' in any case", () => {
    for (const followUp of ["what about for US folks", "and across the us?", "generally?"]) {
      const text = answer("backend developer salary in seattle", followUp);
      expect(text, followUp).toMatch(/^Back-End Developer pay:/m);
      expect(text, followUp).not.toContain("Seattle");
    }
  });

  it("keeps the employer dropped for the next place asked", () => {
    const text = answer("how much does stripe pay backend devs", "ok then in general?", "and in nyc");
    expect(text).toContain("no New York City, NY figure for Back-End Developer");
    expect(text).not.toContain("Stripe");
  });

  it("gives the US figures after a place abroad, never a question back", () => {
    for (const followUp of [
      "ok what about in the US then",
      "fair enough, and in the states?",
      "ok in america then?",
    ]) {
      const text = answer("what's the going rate for a qa tester in london", followUp);
      expect(text).toMatch(/^QA Engineer pay:/m);
      expect(text).toContain("$104,300");
      expect(text).not.toContain("London");
      expect(text).not.toContain("Pick what you want to know");
    }
  });

  it("sets the figure shown against the whole US's as the role's national pay, never a question back", () => {
    for (const followUp of [
      "and how does that stack up vs the national number",
      "vs the national median?",
      "how does it compare with the us average",
      "is that above the national figures",
    ]) {
      const text = answer("whats L5 swe TC at google these days", followUp);
      expect(text, followUp).toContain("Software Engineer pay:");
      expect(text, followUp).toContain("$135,980");
      expect(text, followUp).not.toContain("not Google's");
      expect(text, followUp).not.toContain("with which role");
    }
    // The roles set side by side and compared "in general" name no figure of the whole US.
    const both = answer("sre vs devops", "how do they compare in general");
    expect(both).toContain("Site Reliability Engineer vs DevOps Engineer");
    // Another measure set against the whole US's is no pay figure (review27: answered with the pay).
    const unemployment = answer(
      "what does a software engineer make",
      "is the unemployment rate for devs below the national rate",
    );
    expect(unemployment).toContain("Outlook for a Software Engineer");
    expect(unemployment).not.toContain("Software Engineer pay:");
    expect(
      answer(
        "what does a data analyst make in denver",
        "how does the cost of living there compare to the national average",
      ),
    ).not.toContain("Data Analyst pay:");
  });

  it("leaves 'in general' alone in a question that asks something else", () => {
    const text = answer("what does a data analyst do", "what do they do in general");
    expect(text).toContain("What a Data Analyst does");
  });
});

describe("a pick of one of the roles set side by side", () => {
  it("reads 'the latter' inside a question as the second role only", () => {
    const text = answer("data analyst vs data scientist — which pays more?", "what tools do the latter use");
    expect(text).toContain("Data Scientist");
    expect(text).not.toContain("Data Analyst");
  });

  it("reads 'the middle one' of three as the one named between the others, and 'it' after it too", () => {
    const opener = "which is better paid, data scientist or ml engineer or research scientist";
    const work = answer(opener, "the middle one — what's the day to day");
    expect(work).toContain("What a Machine Learning Engineer does");
    expect(work).not.toContain("Data Scientist");
    const demand = answer(opener, "the middle one — what's the day to day", "and is it in demand");
    expect(demand).toContain("Outlook for a Machine Learning Engineer");
    expect(demand).not.toContain("Data Scientist");
  });
});

describe("a pick by pay after a pay comparison", () => {
  it("reads 'the cheaper one' and 'the lower paying one' as the lower paid of the two, by the verdict", () => {
    const way = answer(
      "ml engineer vs data science engineer, whats the diff",
      "which pays more",
      "ok the cheaper one, how do i get in",
    );
    expect(way).toContain("Getting started as a Data Science Engineer");
    expect(way).not.toContain("Machine Learning Engineer");
    const outlook = answer(
      "data analyst or data engineer, which pays more",
      "the lower paying one - outlook?",
    );
    expect(outlook).toContain("Outlook for a Data Analyst");
    expect(outlook).not.toContain("Software Data Engineer");
  });

  it("reads a pick followed by words that name no topic as the pick alone, never a topic guessed", () => {
    for (const followUp of ["the cheaper one, thoughts?", "the lower one, why?"]) {
      const text = answer("data engineer vs data analyst pay", followUp);
      expect(text, followUp).toMatch(/^Data Analyst pay:/m);
      expect(text, followUp).not.toContain("Tools and frameworks");
    }
    expect(answer("data engineer vs data analyst pay", "the cheaper one, what tools do they use?")).toContain(
      "Tools and frameworks a Data Analyst uses",
    );
  });

  it("picks none by pay where the comparison gave no verdict", () => {
    const text = answer("data analyst vs data scientist pay", "the cheaper one");
    expect(text).toContain("Data Analyst and Data Scientist");
  });

  it("picks neither of two that pay the same at the bottom of three", () => {
    const text = answer(
      "data analyst vs data scientist vs data engineer salary",
      "the cheaper one, outlook?",
    );
    expect(text).toContain("Data Analyst");
    expect(text).toContain("Data Scientist");
  });
});

describe("what no source says of a move or a pay gap", () => {
  it("says first that no source lists a move's drawbacks, then the move", () => {
    for (const followUp of ["whats the catch", "any downsides?", "what are the cons"]) {
      const text = answer("thinking of moving from qa to devops, is it worth it", followUp);
      expect(text).toContain("No source lists drawbacks of moving from QA Engineer to DevOps Engineer");
      expect(text).toContain("Outlook side by side");
    }
  });

  it("reads 'catch up' as no drawback asked", () => {
    const first = answerText(
      "i want to move from qa engineer to sre, will i be able to catch up with the devs there?",
    );
    const later = answer("should i move from sysadmin to sre", "will i catch up with the others?");
    for (const text of [first, later]) {
      expect(text).toContain("Site Reliability Engineer");
      expect(text).not.toContain("No source lists drawbacks");
    }
    expect(answer("should i move from sysadmin to sre", "any catch?")).toContain(
      "No source lists drawbacks of moving from System Administrator to Site Reliability Engineer",
    );
  });

  it("reads 'what's the catch' after a move's pay as the move's, not a question back", () => {
    const text = answer(
      "should i go from senior swe to engineering manager",
      "pay difference?",
      "what's the catch",
    );
    expect(text).toContain(
      "No source lists drawbacks of moving from Software Engineer to Engineering Manager",
    );
    expect(text).not.toContain("Pick what you want to know");
  });

  it("answers a bare 'why' after 'who makes more' with the gap and that the sources give no reason", () => {
    for (const followUp of ["why tho", "how come?", "why?"]) {
      const text = answer(
        "what does a database admin earn",
        "and a network architect?",
        "who makes more",
        followUp,
      );
      expect(text).toContain("Database Administrator $104,620 against Network Architect $134,050");
      expect(text).toContain("The sources give no reason why one pays more than the other");
    }
  });
});

describe("a topic asked of the thread's roles in other words", () => {
  it("reads whether a role is still hired as its outlook, and which industries hire it as the industries", () => {
    const hired = answer(
      "i keep hearing about *data architects*. what are they",
      "do companies still hire them",
    );
    expect(hired).toContain("Outlook for a Data Architect");
    expect(answer("tell me about data engineers", "are companies hiring them")).toContain(
      "Outlook for a Software Data Engineer",
    );
    expect(answerText("what industries hire data architects")).toContain(
      "Industries that hire Data Architects",
    );
  });

  it("says it has nothing on remote work for either of two roles", () => {
    const text = answer(
      "network admin or sysadmin, which is better for a beginner",
      "how much do both make",
      "either one remote friendly?",
    );
    expect(text).toContain(
      "The knowledge base has nothing on “remote friendly” for Network Administrator or System Administrator.",
    );
  });

  it("leaves the words that lead into a question out of what it has nothing on", () => {
    const text = answer("sre salary", "i meant to ask, is it remote friendly?");
    expect(text).toContain("nothing on “remote friendly” for Site Reliability Engineer");
  });

  it("says for each of two roles that no certification is named", () => {
    const text = answer(
      "swe or pm for someone who likes people more than code",
      "is there a cert for either",
    );
    expect(text).toContain("The knowledge base names no certification for Software Engineer.");
    expect(text).toContain("The knowledge base names no certification for Product Manager.");
  });
});

describe("'which of those' after a pick narrowed a set to one", () => {
  it("weighs the whole set shown, not every role", () => {
    const text = answer(
      "compare sre, devops and cloud architect pay",
      "the last one - what skills?",
      "which of those is growing fastest",
    );
    expect(text).toContain("Cloud Architect grows fastest");
    expect(text).not.toContain("Fastest growing roles");
  });
});

describe("a level corrected in more words", () => {
  it("asks the thread's pay again at the level meant", () => {
    const sre = answer(
      "hey! quick q - what does a `devops engineer` earn at the mid level?",
      "and the other one i asked about yesterday, sre",
      "sorry i meant senior, not mid",
    );
    expect(sre).toMatch(/^Site Reliability Engineer pay:/m);
    expect(sre).toContain("no senior level figure for Site Reliability Engineer");
    const analyst = answer("mid level data analyst salary", "i meant entry level, not mid");
    expect(analyst).toContain("no entry level figure for Data Analyst");
  });
});

describe("the pay difference after a move asked at a level", () => {
  it("sets the two roles' national pay side by side with which pays more", () => {
    const text = answer("should i go from senior swe to engineering manager", "pay difference?");
    expect(text).toContain("Pay: Software Engineer vs Engineering Manager");
    expect(text).toContain("No figures for these roles at the senior level: the pay below is national.");
    expect(text).toContain("On these figures Engineering Manager pays more.");
  });
});

describe("openers read whole", () => {
  it("reads 'bigdata engineer' typed joined as Big Data Software Engineer, through the thread", () => {
    expect(answer("wat does a bigdata engineer do 🤔")).toContain("What a Big Data Software Engineer does");
    expect(answer("wat does a bigdata engineer do 🤔", "hw much they make")).toContain(
      "Big Data Software Engineer pay",
    );
  });

  it("compares two roles set against each other with no word of pay as a whole", () => {
    const text = answer("swe or pm for someone who likes people more than code");
    expect(text).toMatch(/^Software Engineer vs Product Manager$/m);
    expect(text).not.toContain("Pay: Software Engineer vs Product Manager");
    expect(answer("which is better paid, data scientist or ml engineer")).toContain(
      "Pay: Data Scientist vs Machine Learning Engineer",
    );
  });
});
