import { issueMessage, type Issue } from "../../../src/core";

/** Both rendered messages of an issue (Vietnamese, then English), for assertions on parameter text. */
export function bothMessages(issue: Issue | undefined): string {
  return issue ? `${issueMessage(issue, "vi")}\n${issueMessage(issue, "en")}` : "";
}
