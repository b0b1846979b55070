import { HTTPModuleFunctions } from "@slack/bolt";

/** Thrown from processEvent for a malformed interaction; the receiver answers it with a 400. */
export class MalformedRequestError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "MalformedRequestError";
  }
}

/** For HTTPReceiver's `processEventErrorHandler`: a malformed request is a 400, anything else Bolt's default. */
export async function processEventError(
  args: Parameters<typeof HTTPModuleFunctions.defaultProcessEventErrorHandler>[0],
): Promise<boolean> {
  if (args.error instanceof MalformedRequestError && !args.response.headersSent) {
    args.response.writeHead(400).end();
    return false;
  }
  return HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
}
