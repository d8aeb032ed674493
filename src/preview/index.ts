/**
 * Entry point of the preview (preview.html): the task pane without Excel, on the in-memory workbook shown beside it,
 * with the sample files of the preview server. The page loads no office.js.
 */
import { showStartMessage, startPane } from "../taskpane/startPane";
import { setUpPreview } from "./startPreview";

void startPane({ inOffice: false }, (t, lang) =>
  setUpPreview(document.getElementById("layout") ?? document.body, t, lang),
).catch((error: unknown) => {
  showStartMessage(`Không khởi động được bản xem thử: ${error instanceof Error ? error.message : String(error)}.`);
});
