/**
 * `e` in the review: open the manuscript in the reviewer's editor ($VISUAL, else $EDITOR) at the line of the
 * selected evidence. Editors differ in how they take a line: a small table of the known ones, `+LINE file`
 * (vi, emacs, nano and most others) for the rest.
 */
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';

export interface EditorTarget {
  file: string;
  /** 1-based; absent when the format has no lines (PDF, Word) or there is no evidence */
  line?: number;
}

type LineStyle = (file: string, line: number) => string[];

const GOTO: LineStyle = (file, line) => ['-g', `${file}:${line}`];
const SUFFIX: LineStyle = (file, line) => [`${file}:${line}`];
const LINE_FLAG: LineStyle = (file, line) => ['--line', String(line), file];
const PLUS: LineStyle = (file, line) => [`+${line}`, file];

/** Editors that do not take `+LINE file`, by program name. */
const LINE_STYLES: Record<string, LineStyle> = {
  code: GOTO,
  'code-insiders': GOTO,
  codium: GOTO,
  cursor: GOTO,
  windsurf: GOTO,
  subl: SUFFIX,
  sublime_text: SUFFIX,
  zed: SUFFIX,
  hx: SUFFIX,
  helix: SUFFIX,
  idea: LINE_FLAG,
  webstorm: LINE_FLAG,
  pycharm: LINE_FLAG,
  kate: LINE_FLAG,
};

/** Split an $EDITOR value into words, with '…' and "…" quoting ("code --wait", "'/opt/my editor/bin/ed' -f"). */
function words(value: string): string[] {
  const out: string[] = [];
  for (const m of value.matchAll(/'([^']*)'|"((?:\\.|[^"\\])*)"|(\S+)/g)) out.push(m[1] ?? m[2]?.replace(/\\(.)/g, '$1') ?? m[3]!);
  return out;
}

/** The command for the target, or why there is none. */
export function editorCommand(env: NodeJS.ProcessEnv, target: EditorTarget): { command: string; args: string[] } | { error: string } {
  const value = [env.VISUAL, env.EDITOR].find((v) => v && v.trim());
  if (!value) return { error: 'set $VISUAL or $EDITOR to open the manuscript in your editor (e.g. export EDITOR=vim)' };
  const [command, ...args] = words(value);
  if (!command) return { error: 'set $VISUAL or $EDITOR to open the manuscript in your editor (e.g. export EDITOR=vim)' };
  if (target.line === undefined) return { command, args: [...args, target.file] };
  const name = basename(command).replace(/\.(exe|cmd|bat)$/i, '').toLowerCase();
  return { command, args: [...args, ...(LINE_STYLES[name] ?? PLUS)(target.file, target.line)] };
}

/** Giving the terminal up to the editor and taking it back (ink's raw mode and screen). */
export interface TerminalHandover {
  release(): void;
  restore(): void;
}

/** Run the editor in the terminal and wait for it; a one-line message for the status line. */
export function openInEditor(env: NodeJS.ProcessEnv, target: EditorTarget, terminal?: TerminalHandover): string {
  const cmd = editorCommand(env, target);
  if ('error' in cmd) return cmd.error;
  const where = `${target.file}${target.line !== undefined ? `:${target.line}` : ''}`;
  terminal?.release();
  let r: ReturnType<typeof spawnSync>;
  try {
    r = spawnSync(cmd.command, cmd.args, { stdio: 'inherit', env });
  } finally {
    terminal?.restore();
  }
  if (r.error) return `could not start ${cmd.command}: ${r.error.message}`;
  if (r.status !== 0) return `${cmd.command} exited with ${r.status ?? r.signal} (${where})`;
  return `back from ${basename(cmd.command)} (${where})`;
}
