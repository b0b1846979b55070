import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText, understand } from "../support/questions.js";

// Session 24's rules probed with look-alikes: messages that share a rule's words but mean something else,
// each answered as it was before the rule (or as the question asks), beside the rule's own cases.

// "ours left for a startup" is someone else's employer, told in passing; "just joined google as an sre" and
// "thinking of leaving for amazon" are the asker's own, and "my sister went to google … how much does she
// make" asks of her pay there.
describe("an employer gone to is dropped only where someone else went and is not asked of", () => {
  it.each([
    ["just joined google as an sre, whats the comp like", "Google"],
    ["recently joined microsoft as a pm, is 150k normal for product managers", "Microsoft"],
    ["thinking of leaving for amazon, what do they pay data engineers", "Amazon"],
    ["might quit for google, what does google pay sres", "Google"],
    ["my brother joined google as an sre, how much does he make", "Google"],
    ["my sister went to google as a data scientist, how much does she make", "Google"],
  ])("%s", (asked, company) => {
    expect(understand(asked).company).toBe(company);
  });
  it("just moved to a startup as a backend dev: the startup still asked of", () => {
    expect(answerText("just moved to a startup as a backend dev, how much should i be making")).toContain(
      "at startups",
    );
  });
  it.each([
    "backfilling an sre (ours left for a startup), what does it pay",
    "our last qa engineer went to a startup, what's the going rate for qa?",
    "one of ours got poached by a startup, what does a devops engineer make now?",
  ])("someone else's: %s", (asked) => {
    expect(answerText(asked)).not.toContain("at startups");
  });
});

// "hr here - what do IT security analysts make?" says who asks; "recruiter here, switching into data
// analytics" is the recruiter's own move, "i" left out, as "hr here, thinking of moving" is with it.
describe("a hiring label stays the move's start before a move asked with no one else named", () => {
  it
    .skipIf(!officialLayerInstalled)
    .each([
      "recruiter here, switching into data analytics, what skills",
      "hr here, would data analytics be a good switch for me?",
      "hr here, is it worth switching to data analytics",
      "recruiter q: thinking about becoming a data analyst, worth it?",
      "hr here, looking to move into data analytics. what skills do i need",
    ])("%s", (asked) => {
    expect(saidWithLayer(asked)).toContain("From Human Resources Specialists to Data Analyst");
  });
  it("a candidate's move after the label: the label still set aside", () => {
    const u = understand("hiring manager here, candidate wants to switch from qa to devops, what's the gap");
    expect(u.fromOccupation).toBe(undefined);
    expect(u.from?.id).toBe("qa-engineer");
  });
});

// "my IT support tech asked about moving into cybersecurity" asks of their own move; "my sysadmin asked me
// to move into cloud" is advice to the asker, the sysadmin no side of it.
describe("asked to move is advice, not the asker's own move", () => {
  it("my sysadmin asked me to move into cloud, is cloud architect worth it", () => {
    expect(understand("my sysadmin asked me to move into cloud, is cloud architect worth it").from).toBe(
      undefined,
    );
  });
  it("my mentor, a data scientist, asked me to move to ml engineering", () => {
    expect(
      understand("my mentor, a data scientist, asked me to move to ml engineering, is it worth it").from,
    ).toBe(undefined);
  });
  it("our data analyst asked me about switching to data engineering: still the move's start", () => {
    expect(
      understand("our data analyst asked me about switching to data engineering, what's the gap").from?.id,
    ).toBe("data-analyst");
  });
});

// "teacher asking: is data analyst a good switch" says who asks; "nurse asking for my daughter" asks for
// someone else, the nurse held by no one in the question.
describe("asking for someone is not the job held", () => {
  it.skipIf(!officialLayerInstalled)("nurse asking for my daughter: what does a data analyst make", () => {
    expect(saidWithLayer("nurse asking for my daughter: what does a data analyst make")).not.toContain(
      "From Registered Nurses to Data Analyst",
    );
  });
  it.skipIf(!officialLayerInstalled)(
    "teacher asking: how do i become a data analyst: still the start",
    () => {
      expect(saidWithLayer("teacher asking: how do i become a data analyst")).toContain(
        "From teacher to Data Analyst",
      );
    },
  );
});

// "candidate is coming from retail mgmt and asked me if it pays enough" tells a background; "is data analyst
// a good fit for her" weighs her move from it.
describe("a candidate's background weighed for fit is the move's start", () => {
  it.skipIf(!officialLayerInstalled)(
    "candidate comes from teaching, is data analyst a good fit for her",
    () => {
      expect(saidWithLayer("candidate comes from teaching, is data analyst a good fit for her")).toContain(
        "From teaching to Data Analyst",
      );
    },
  );
});

// "will it still be around in 10 yrs" asks if a job lasts; being around people or an amount, or a degree
// still needed, does not.
describe("being around people or an amount is no job lasting", () => {
  it.each([
    ["i like to be around people, is data analyst a good fit", "outlook"],
    ["how long would it take to be around 100k as a data analyst", "outlook"],
    ["how long until i'd be around 120k as a data engineer", "outlook"],
  ])("%s", (asked, not) => {
    expect(understand(asked).intent).not.toBe(not);
  });
  it.each([
    "how long does it take to become a data engineer, is a degree still needed",
    "how long to become a cybersecurity analyst, is a cs degree still needed",
    "how long will it take me to become a devops engineer if i want to be around kubernetes",
  ])("how long to get in: %s", (asked) => {
    expect(understand(asked).intent).toBe("gettingStarted");
  });
  it("will sysadmins still be around in 10 years: still the outlook", () => {
    expect(understand("will sysadmins still be around in 10 years").intent).toBe("outlook");
  });
});

// "candidate is a DBA at Oracle making 130" states 130k; "making 90 percent of what a senior swe makes"
// states no amount.
describe("a share of pay is no amount made", () => {
  it("im making 90 percent of what a senior swe makes, is that fair", () => {
    expect(understand("im making 90 percent of what a senior swe makes, is that fair").payStated).toBe(
      undefined,
    );
  });
  it("im a data analyst making 85, is that fair: still 85k", () => {
    expect(understand("im a data analyst making 85, is that fair").payStated?.amount).toBe(85_000);
  });
});

// "how much more than a regular software engineer are we talking?" weighs the two roles' pay; how much
// more one must learn than the other does not.
describe("how much more to learn than another role is no pay", () => {
  it("how much more than a qa engineer does a software engineer have to learn", () => {
    expect(
      understand("how much more than a qa engineer does a software engineer have to learn").intent,
    ).not.toBe("payCompare");
  });
  it("how much more than a software engineer does an ml engineer make: still pay", () => {
    expect(understand("how much more than a software engineer does an ml engineer make").intent).toBe(
      "payCompare",
    );
  });
});
