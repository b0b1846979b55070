import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { lastAnswerText } from "../support/questions.js";

// Follow-ups read as something else. Each thread's last answer must be what was meant, and not
// what it gave before.
const cases: [string[], string[], string][] = [
  // "straight out of school" is when someone starts: the entry level, no move out of a job.
  [
    ["how much do data engineers make", "and entry level, like straight out of school"],
    ["The knowledge base has no entry level figure for Software Data Engineer."],
    "Which role do you want to move to",
  ],
  // "whichone" is two words run together.
  [
    ["compare devops, sre and clod architect", "ok whichone pays most in san francisco"],
    ["Pay: DevOps Engineer vs Site Reliability Engineer vs Cloud Architect"],
    "I don't cover",
  ],
  // "does the math work out" weighs money, no mathematics skill; the job held with its years is the move's
  // start (both sides' pay), not dropped.
  [
    ["been in retail 10 yrs. thinking bootcamp for frontend, does the math work out"],
    ["to Front-End Developer", "Pay side by side", "$92,650"],
    "names no mathematics",
  ],
  // Two questions in one message, a comparison then the move between its roles: "the 2nd" is the second
  // named, and a place weighs both again (otherwise: the move's order, the analyst "how to become").
  [
    [
      "securty analyst or security enginer? which pays better and is it hard to switch between them",
      "hmm what about in dc",
      "and skills for the 2nd",
    ],
    ["Skills for a Security Engineer"],
    "How to become",
  ],
  // Options weighed from a role held, by which has more jobs: the options side by side, the role held not
  // ranked among them.
  [
    ["junior swe here, should i learn ml or devops first? which has more jobs"],
    ["Options from Software Engineer, side by side"],
    "Software Engineer has the most",
  ],
  // An option named again after options weighed from a role held, the way to it asked: the move from the
  // role held (otherwise: the way into it from nothing).
  [
    [
      "junior swe here, should i learn ml or devops first? which has more jobs",
      "ok say i go the ml route, what do i need on top of what i know",
    ],
    ["From Software Engineer to Machine Learning Engineer"],
    "How to become",
  ],
  // What carries over after a move is the move's gap; "the first one" picks from the IT roles listed.
  [
    ["thinking about switching from qa to devops, good idea?", "which skills do i already have from qa"],
    ["From QA Engineer to DevOps Engineer", "To learn:"],
    "Skills for a QA Engineer",
  ],
  [
    ["jobs in IT that dont need much coding?", "the first one, whats entry pay"],
    ["IT Support Specialist pay"],
    "Back-End Developer",
  ],
  // An employer typed in capitals keeps them; one given as the example of a kind of employer is read.
  [["how much do sre's make at HEB in san antonio"], ["No figures for HEB"], "Heb"],
  [
    ["<@U04CAREER> what does *google* pay ml engineers", "and at a smaller co like paychex?"],
    ["No figures for Paychex"],
    "nothing on",
  ],
  // "once im in": the pay at the start.
  [
    ["how do i get into ml with no degree", "and whats the pay once im in"],
    ["Machine Learning Engineer, Entry level: $96,000 – $152,601"],
    "Average salary (market overview)",
  ],
];

describe("follow-ups read as what was meant", () => {
  it.each(cases)("%j", (messages, said, notSaid) => {
    const text = lastAnswerText(...messages);
    for (const s of said) expect(text).toContain(s);
    expect(text).not.toContain(notSaid);
  });
});

const withLayer: [string[], string[], string][] = [
  // Two roles set side by side after a move: "either of them" is both, and "all going to cloud" is no share
  // of the work.
  [
    [
      "electrician here (journeyman) thinking about network admin. worth it?",
      "whats beter paid tho, sysadmin or netwrok administator",
      "is either of them growing or is it all going to cloud",
    ],
    ["Outlook for a System Administrator", "Outlook for a Network Administrator"],
    "how much of",
  ],
  // Openings asked of the thread's occupation: its outlook first (otherwise: the way into it).
  [
    ["ok and whats the avg salary for an it director", "how many openings per year for that"],
    ["Growing, by BLS Employment Projections, 2024–34"],
    "To become one",
  ],
  // "how do i get there from sysadmin" after an occupation's pay: the move from the role into it.
  [
    ["IT director salary", "how do i get there from sysadmin? been one for 5 yrs"],
    ["To become one, by BLS Employment Projections", "Beside System Administrator"],
    "Which role do you want to move to",
  ],
];

describe.skipIf(!officialLayerInstalled)("follow-ups about an occupation and roles", () => {
  it.each(withLayer)("%j", (messages, said, notSaid) => {
    const text = saidWithLayer(...messages);
    for (const s of said) expect(text).toContain(s);
    expect(text).not.toContain(notSaid);
  });
});

// A move from an occupation, then a question about its sides or its end: the thread stays on the move, so
// what to learn is still the gap from where it started.
const onTheMove: string[][] = [
  [
    "ive been an RN for 6 yrs and im burnt out, thinking of moving into data analytics. is it worth it money wise??",
    "ok what about growth tho, which one has more openings",
    "and what would i actually need to learn? like the gap",
  ],
  [
    "im a retail store manager (8 yrs, 40 ppl team). should i move into product management? how does the money compare",
    "how would i even get in, i dont have a cs degree",
    "what skills am i missing",
  ],
];

describe.skipIf(!officialLayerInstalled)("a move from an occupation kept after a question about it", () => {
  it.each(onTheMove)("%s … %s … %s", (...messages) => {
    const text = saidWithLayer(...messages);
    expect(text).toMatch(/^From .+ to (Data Analyst|Product Manager)$/m);
    expect(text).toContain("the occupation this thread is about");
    expect(text).not.toContain("How to become");
  });
});
