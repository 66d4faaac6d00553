// The one question the command line asks: whether to apply. The question goes to stderr so that stdout keeps only
// the result (a pipeline may read it); any answer but yes, or the input ending, means no.
import * as readline from 'node:readline';
import { printableLine } from '../core/text/printable';
import type { CliIo } from './cliIo';

/** `question` is one line (it names the connection, which comes from a file). */
export function askToConfirm(io: CliIo, question: string): Promise<boolean> {
  io.stderr.write(printableLine(question));
  const lines = readline.createInterface({ input: io.stdin, terminal: false });
  return new Promise((resolve) => {
    let answered = false;
    const finish = (answer: string): void => {
      if (answered) return;
      answered = true;
      lines.close();
      resolve(/^\s*(y|yes)\s*$/i.test(answer));
    };
    lines.once('line', finish);
    lines.once('close', () => finish(''));
    io.signal?.addEventListener('abort', () => finish(''), { once: true });
  });
}
