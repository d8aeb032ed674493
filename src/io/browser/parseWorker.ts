/**
 * The parse worker: reads one file's bytes (SheetJS, through src/io/readWorkbook.ts) and validates it with the core,
 * off the pane's main thread. Bad files come back as issues; an exception here is reported as an unreadable file.
 */
import { readWorkbookBytes } from "../readWorkbook";
import { validateWorkbook } from "../../core";
import type { ParsedFile, ParseRequest, ParseResponse } from "./parseProtocol";

async function handle(request: ParseRequest): Promise<ParseResponse> {
  try {
    const read = await readWorkbookBytes(new Uint8Array(request.bytes), request.source);
    if (!read.workbook)
      return {
        id: request.id,
        ok: true,
        result: { source: request.source, submissions: [], issues: read.issues },
        workbook: null,
        sheetNames: [],
      };
    const validated = validateWorkbook(read.workbook, request.options, request.order);
    const result: ParsedFile = {
      source: validated.source,
      submissions: validated.submissions,
      issues: [...read.issues, ...validated.issues],
    };
    return {
      id: request.id,
      ok: true,
      result,
      workbook: request.keepSheets ? read.workbook : null,
      sheetNames: read.workbook.sheets.map((s) => s.name),
    };
  } catch (error) {
    return { id: request.id, ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseResponse): void;
};
scope.onmessage = (event) => {
  void handle(event.data).then((response) => scope.postMessage(response));
};
