import { chartViolations, type DataVisualizationBlock } from "../../src/slack/blocks/data-visualization.js";

/** Checks a message or view against Slack's Block Kit limits; returns every violation found. */
export function blockKitViolations(
  payload: Record<string, unknown>,
  kind: "message" | "view" = "message",
): string[] {
  const problems: string[] = [];
  const blocks = (payload.blocks ?? []) as Record<string, unknown>[];
  const maxBlocks = kind === "view" ? 100 : 50;
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks (max ${maxBlocks})`);
  if (kind === "message" && (typeof payload.text !== "string" || payload.text.trim() === ""))
    problems.push("no text fallback");
  if (typeof payload.text === "string" && payload.text.length > 40_000)
    problems.push("text fallback over 40,000 characters");
  // Whitespace-only text counts as empty: Slack may reject it.
  const len = (t: unknown) => {
    const text = String((t as { text?: string })?.text ?? "");
    return text.trim() === "" ? 0 : [...text].length;
  };
  const checkId = (where: string, id: unknown) => {
    if (typeof id === "string" && id.length > 255) problems.push(`${where}: id longer than 255`);
  };
  blocks.forEach((b, i) => {
    const at = `block ${i} (${b.type})`;
    checkId(at, b.block_id);
    switch (b.type) {
      case "header":
        if (len(b.text) > 150 || len(b.text) === 0) problems.push(`${at}: header text length ${len(b.text)}`);
        break;
      // Pay charts: an image needs a URL (≤ 3000), alt text (1–2000) and, here, a title (1–2000).
      case "image": {
        const alt = typeof b.alt_text === "string" ? [...b.alt_text].length : 0;
        if (alt === 0 || alt > 2000) problems.push(`${at}: alt_text length ${alt}`);
        if (typeof b.image_url !== "string" || b.image_url.length > 3000) problems.push(`${at}: image_url`);
        if (len(b.title) === 0 || len(b.title) > 2000) problems.push(`${at}: title length ${len(b.title)}`);
        break;
      }
      case "section": {
        const fields = (b.fields ?? []) as unknown[];
        if (!b.text && fields.length === 0) problems.push(`${at}: neither text nor fields`);
        if (b.text && (len(b.text) > 3000 || len(b.text) < 1))
          problems.push(`${at}: section text length ${len(b.text)}`);
        if (fields.length > 10) problems.push(`${at}: ${fields.length} fields`);
        fields.forEach((f, k) => {
          if (len(f) > 2000 || len(f) < 1) problems.push(`${at}: field ${k} length ${len(f)}`);
        });
        break;
      }
      case "context": {
        const elements = (b.elements ?? []) as unknown[];
        if (elements.length > 10 || elements.length === 0)
          problems.push(`${at}: ${elements.length} context elements`);
        elements.forEach((e, k) => {
          if (len(e) === 0 || len(e) > 3000) problems.push(`${at}: context element ${k} length ${len(e)}`);
        });
        break;
      }
      // Slack's own charts: title ≤ 50, 1–6 series with unique names ≤ 20, 1–20 points per series with
      // labels ≤ 20 among axis_config.categories, axis labels ≤ 50; at most two in a message.
      case "data_visualization":
        for (const p of chartViolations(b as unknown as DataVisualizationBlock)) problems.push(`${at}: ${p}`);
        if (blocks.filter((x) => x.type === "data_visualization").length > 2)
          problems.push(`${at}: over two charts`);
        break;
      // Tables: ≤ 100 rows of ≤ 20 cells, each cell raw text (or rich text), ≤ 20 column settings.
      case "table": {
        const rows = (b.rows ?? []) as Record<string, unknown>[][];
        if (rows.length === 0 || rows.length > 100) problems.push(`${at}: ${rows.length} rows`);
        rows.forEach((row, r) => {
          if (row.length === 0 || row.length > 20) problems.push(`${at}: row ${r} has ${row.length} cells`);
          for (const c of row)
            if (c.type === "raw_text" && len(c) === 0) problems.push(`${at}: empty cell in row ${r}`);
        });
        if (((b.column_settings ?? []) as unknown[]).length > 20) problems.push(`${at}: column settings`);
        // Slack takes one table in a message (only_one_table_allowed).
        if (blocks.filter((x) => x.type === "table").length > 1) problems.push(`${at}: over one table`);
        break;
      }
      // Feedback: ≤ 5 elements; a feedback_buttons element's button texts ≤ 75 and values ≤ 2000.
      case "context_actions": {
        const elements = (b.elements ?? []) as Record<string, Record<string, unknown>>[];
        if (elements.length === 0 || elements.length > 5) problems.push(`${at}: ${elements.length} elements`);
        for (const e of elements) {
          checkId(at, e.action_id);
          for (const button of [e.positive_button, e.negative_button]) {
            if (len(button?.text) === 0 || len(button?.text) > 75)
              problems.push(`${at}: feedback button text`);
            const value = button?.value;
            if (typeof value !== "string" || value.length === 0 || value.length > 2000)
              problems.push(`${at}: feedback button value`);
          }
        }
        break;
      }
      case "actions": {
        const elements = (b.elements ?? []) as Record<string, unknown>[];
        if (elements.length > 25 || elements.length === 0)
          problems.push(`${at}: ${elements.length} action elements`);
        const actionIds = elements.map((e) => e.action_id);
        if (new Set(actionIds).size !== actionIds.length) problems.push(`${at}: duplicate action_id`);
        for (const e of elements) {
          checkId(at, e.action_id);
          if (e.type === "button" && (len(e.text) > 75 || len(e.text) === 0))
            problems.push(`${at}: button text length ${len(e.text)}`);
          if (e.type === "button" && typeof e.value === "string" && e.value.length > 2000)
            problems.push(`${at}: button value too long`);
          const options = (e.options ?? []) as Record<string, unknown>[];
          if (e.type === "checkboxes" && options.length > 10)
            problems.push(`${at}: ${options.length} checkbox options`);
          if (options.length > 100) problems.push(`${at}: ${options.length} select options`);
          for (const o of options)
            if (len(o.text) > 75 || len(o.text) === 0)
              problems.push(`${at}: option text length ${len(o.text)}`);
        }
        break;
      }
    }
  });
  // Slack turns <!channel> into a ping in mrkdwn and in the text fallback; plain_text is never parsed.
  const parsed: string[] = typeof payload.text === "string" ? [payload.text] : [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const o = node as Record<string, unknown>;
      if (o.type === "mrkdwn" && typeof o.text === "string") parsed.push(o.text);
      if (typeof o.value === "string") parsed.push(o.value);
      for (const [k, v] of Object.entries(o)) if (k !== "text" || typeof v !== "string") walk(v);
    }
  };
  walk(payload.blocks);
  for (const text of parsed)
    for (const ping of ["<!channel", "<!here", "<!everyone", "<@", "<#"])
      if (text.includes(ping)) problems.push(`contains a live ${ping}…`);
  return problems;
}
