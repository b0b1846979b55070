import type {
  App,
  BlockAction,
  ButtonAction,
  CheckboxesAction,
  FeedbackButtonsAction,
  StaticSelectAction,
} from "@slack/bolt";
import { ids } from "../../blocks/ids.js";
import type { SlackContext } from "../deps.js";
import { compareWithSelect, runCommandButton, shareButton } from "./answer-buttons.js";
import { feedbackButtons } from "./feedback-clicked.js";
import { openPrefsButton } from "./prefs-button.js";
import { skillsCheckboxes } from "./skills-checkboxes.js";

export function registerActions(app: App, ctx: SlackContext): void {
  app.action<BlockAction<FeedbackButtonsAction>>(ids.feedback, feedbackButtons(ctx));
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ids.runCommand}_\\d+$`), runCommandButton(ctx));
  app.action<BlockAction<ButtonAction>>(ids.share, shareButton(ctx));
  app.action<BlockAction<StaticSelectAction>>(ids.compareWith, compareWithSelect(ctx));
  app.action<BlockAction<CheckboxesAction>>(new RegExp(`^${ids.skillsCheck}\\|`), skillsCheckboxes(ctx));
  app.action<BlockAction<ButtonAction>>(ids.openPrefs, openPrefsButton(ctx));
}
