/**
 * Wraps a render so that many calls in a burst run it once, at the next animation frame (or after `fallbackMs` when
 * the page gets no frames, as a hidden tab or a test without `requestAnimationFrame`). `flush` runs a pending call
 * now; `cancel` drops it.
 *
 * @param run - the work to run at most once per frame
 * @param fallbackMs - the longest wait when no frame comes
 * @returns the scheduler
 * @example
 * const render = coalesceToFrame(() => view.update());
 * for (const file of files) render.schedule(); // one update at the next frame
 */
export function coalesceToFrame(
  run: () => void,
  fallbackMs = 100,
): { schedule: () => void; flush: () => void; cancel: () => void } {
  let pending = false;
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = (): void => {
    pending = false;
    if (frame !== null && typeof cancelAnimationFrame === "function") cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
  };
  const flush = (): void => {
    if (!pending) return;
    cancel();
    run();
  };
  const schedule = (): void => {
    if (pending) return;
    pending = true;
    if (typeof requestAnimationFrame === "function") frame = requestAnimationFrame(flush);
    timer = setTimeout(flush, fallbackMs);
  };
  return { schedule, flush, cancel };
}
