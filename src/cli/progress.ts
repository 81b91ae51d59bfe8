/**
 * Progress for long runs, on stderr and only when stderr is a terminal (never on a pipe, never in CI): one line
 * rewritten in place, `[12/200] path`, cleared at the end. Short runs (fewer than `min` files) show nothing.
 */
export interface Progress {
  tick(done: number, path: string): void;
  end(): void;
}

const NONE: Progress = { tick() {}, end() {} };

export function progress(total: number, stream: NodeJS.WriteStream = process.stderr, min = 10): Progress {
  if (!stream.isTTY || process.env.CI || total < min) return NONE;
  const width = Math.max(20, (stream.columns || 80) - 1);
  let shown = false;
  return {
    tick(done, path) {
      const head = `[${done}/${total}] `;
      const room = width - head.length;
      const p = path.length > room ? `…${path.slice(path.length - room + 1)}` : path;
      stream.write(`\r\u001b[2K${head}${p}`);
      shown = true;
    },
    end() {
      if (shown) stream.write('\r\u001b[2K');
    },
  };
}
