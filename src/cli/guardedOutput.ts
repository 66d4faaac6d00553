// The boundary between the command line and the terminal (or the pipeline's log), which every word it prints
// passes, whoever built it:
// - no known secret gets through (knownSecrets.ts: every client's password and tokens), whatever message quoted it;
// - no control character but the newlines and tabs the program writes: an escape sequence arrives as visible text.
//   This is the last line of defence only: it cannot tell a forged newline from the program's own, which is why
//   every printer also makes each untrusted value printable (src/core/text/printable.ts).
// Each write is scrubbed on its own; the printers write whole lines or whole documents, never a secret in halves.
import { scrubSecrets } from '../core/http/knownSecrets';
import { printableText } from '../core/text/printable';
import type { TextOutput } from './cliIo';

export function guardedOutput(output: TextOutput): TextOutput {
  return { write: (text: string) => output.write(printableText(scrubSecrets(text))) };
}
