/** A one-line progress bar on stderr, shown only when stderr is a terminal and the run is long. */
export interface Progress {
  tick(done: number): void;
  end(): void;
}

/**
 * Creates the progress bar for a run of `total` files.
 *
 * @param total - number of files
 * @param stream - where to draw (process.stderr)
 * @returns the bar (a no-op when not a TTY or fewer than 10 files)
 * @example
 * const bar = createProgress(500, process.stderr); bar.tick(1); bar.end();
 */
export function createProgress(total: number, stream: NodeJS.WriteStream): Progress {
  if (!stream.isTTY || total < 10) return { tick: () => undefined, end: () => undefined };
  const width = 30;
  let last = -1;
  return {
    tick(done) {
      const filled = Math.round((done / total) * width);
      if (filled === last && done !== total) return;
      last = filled;
      stream.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}`);
    },
    end() {
      stream.write(`\r${" ".repeat(width + 24)}\r`);
    },
  };
}
