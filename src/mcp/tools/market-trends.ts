import { z } from "zod";
import { trends } from "../../advisor/general/trends.js";
import { citation, defineTool, figure, outcomeOf } from "../tool.js";

export const marketTrendsTool = defineTool({
  name: "market_trends",
  title: "Market trends",
  description:
    "Trends shaping ML and tech engineering work, market and demand figures (each with its source and as-of year) and where industries adopt ML. It gives no forecasts of its own beyond what the cited sources say.",
  input: z.object({}),
  output: z.object({
    trends: z.array(z.object({ id: z.string(), name: z.string(), summary: z.string() })),
    figures: z.array(figure),
    adoption: z.array(z.object({ industry: z.string(), uses: z.array(z.string()) })),
    citations: z.array(citation),
  }),
  run: (_input, { kb }) => outcomeOf(trends(kb), "trends", (a) => a),
});
