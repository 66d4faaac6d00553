// The last line of defence between the command line and the terminal (or the pipeline's log): whatever a printer
// forgot, no control character but the newlines and tabs the program writes reaches the output — an escape
// sequence arrives as visible text. It cannot tell a forged newline from the program's own, which is why every
// printer also makes each untrusted value printable (src/text/printable.ts).
import { printableText } from '../text/printable';
import type { TextOutput } from './cliIo';

export function guardedOutput(output: TextOutput): TextOutput {
  return { write: (text: string) => output.write(printableText(text)) };
}
