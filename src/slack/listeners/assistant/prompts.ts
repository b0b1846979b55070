import { notice } from "../../../advisor/parts/answer-parts.js";
import type { KnowledgeBase } from "../../../knowledge/base.js";
import { withArticle } from "../../../knowledge/core/text.js";
import type { UserRecord } from "../../../store/records.js";
import { mentionsDropped, stripSlackMarkup } from "../../../understanding/text/slack-text.js";
import { clip, esc, unescapeSlack } from "../../blocks/kit.js";
import { renderMessage, type SlackMessage } from "../../blocks/message.js";

const titleLength = 60;

/** The first message of an assistant thread. */
export function greeting(): SlackMessage {
  return renderMessage(
    notice(
      "Hi! I'm Career Advisor",
      [
        "Ask me about tech careers: what a role does, how two roles differ, pay by level and city, the skills to learn next and where the market is going. Every figure comes with its source and date.",
        "Ask a follow-up in this thread and I'll keep its roles, level and place in mind.",
      ],
      "info",
    ),
  );
}

export interface SuggestedPrompt {
  title: string;
  message: string;
}

const titleCase = (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase());

/**
 * Four questions to start with, worded as a person would ask them. A saved target role turns the first
 * three towards it ("What should I learn to become a Lead Machine Learning Engineer?"); a saved level and
 * place go into the pay question.
 */
export function suggestedPrompts(kb: KnowledgeBase, prefs: UserRecord | undefined): SuggestedPrompt[] {
  const level = kb.knowledge.levels.find((l) => l.id === prefs?.level)?.name.toLowerCase();
  const placeAlias = kb.knowledge.locations.find((l) => l.id === prefs?.location)?.aliases[0];
  const place = placeAlias ? titleCase(placeAlias) : undefined;
  const compare = {
    title: "Compare two roles",
    message: "How does a machine learning engineer differ from a software engineer?",
  };
  const target = prefs?.role ? kb.roleById.get(prefs.role) : undefined;
  if (!target)
    return [
      compare,
      {
        title: "Pay by level and city",
        message: payQuestion("machine learning engineer", level ?? "senior", place ?? "Seattle"),
      },
      { title: "Skills to learn", message: "What skills does a data science engineer need?" },
      { title: "Where the field is going", message: "What are the trends in ML engineering?" },
    ];
  const name = target.name;
  return [
    { title: "What to learn next", message: `What should I learn to become ${withArticle(name)}?` },
    { title: "The path there", message: `What is the career path to ${name}?` },
    target.salary
      ? { title: "What it pays", message: payQuestion(name, level, place) }
      : { title: "What the role involves", message: `What does ${withArticle(name)} do?` },
    compare,
  ];
}

function payQuestion(role: string, level: string | undefined, place: string | undefined): string {
  const who = level ? `${level} ${role}` : role;
  return `What does ${withArticle(who)} earn${place ? ` in ${place}` : ""}?`;
}

/** A thread's title from its first question: the words a person sees, on one line. */
export function threadTitle(slackText: string): string {
  const words = unescapeSlack(stripSlackMarkup(mentionsDropped(slackText)))
    .replace(/\s+/g, " ")
    .trim();
  return esc(clip(words || "Career question", titleLength));
}
