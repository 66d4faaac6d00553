// How much a modal dialog may say. Its detail does not scroll, so what is longer pushes the title and the buttons
// off the window (a plan of two changes was about 1,200 px tall). Measured in the lines the dialog will show: a
// long line wraps. Pure: no `vscode` import.

/** Characters on one line of a dialog's detail before it wraps (VS Code's dialog is about 500 px wide). */
const CHARACTERS_PER_LINE = 70;

/** The most lines a modal's detail may show and still fit a 1,000 px window with its title and buttons. */
export const MAX_MODAL_DETAIL_LINES = 14;

export function shownLines(text: string): number {
  return text.split('\n').reduce((total, line) => total + Math.max(1, Math.ceil(line.length / CHARACTERS_PER_LINE)), 0);
}

export function fitsInModal(text: string | undefined): boolean {
  return text === undefined || shownLines(text) <= MAX_MODAL_DETAIL_LINES;
}

/** The first lines that fit, and a last line saying where the rest is. */
export function clippedForModal(text: string, whereTheRestIs: string): string {
  const kept: string[] = [];
  let used = 1;
  for (const line of text.split('\n')) {
    const lines = Math.max(1, Math.ceil(line.length / CHARACTERS_PER_LINE));
    if (used + lines > MAX_MODAL_DETAIL_LINES) break;
    kept.push(line);
    used += lines;
  }
  return `${kept.join('\n')}\n… ${whereTheRestIs}`;
}
