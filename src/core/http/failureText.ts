// How a failure reads, wherever it is shown (a notification, a tree line, the command line, a report): its message
// and its next step once — the constructors of RemoteError often say the next step inside the message too — and no
// doubled punctuation where sentences were joined ("… again.." or "… it.;"). One formatter, so every surface agrees.
import { RemoteError } from './types';

/** The message of anything thrown, then its next step when the message does not say it already. */
export function failureText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const nextStep = error instanceof RemoteError ? error.nextStep : undefined;
  return joinSentences(message, nextStep !== undefined && !saysAlready(message, nextStep) ? nextStep : undefined);
}

function saysAlready(message: string, sentence: string): boolean {
  const plain = (text: string): string => text.toLowerCase().replace(/[\s.;:,—-]+/g, ' ').trim();
  return plain(message).includes(plain(sentence));
}

/** Sentences joined with one space, each ending in one mark; empty parts left out. */
export function joinSentences(...parts: ReadonlyArray<string | undefined>): string {
  const sentences = parts.map((part) => part?.trim() ?? '').filter((part) => part !== '');
  return tidyPunctuation(sentences.map((sentence, index) => (index < sentences.length - 1 && !/[.!?…:]$/.test(sentence) ? `${sentence}.` : sentence)).join(' '));
}

/**
 * A period doubled by joining (`again..`, `it.;`, `done. .`) becomes one mark; an ellipsis (`...`, `…`) and numbers
 * (`1.2.3`, `4.6875`) are left as they are.
 */
export function tidyPunctuation(text: string): string {
  return text
    .replace(/(?<![.\d])\.\.(?!\.)/g, '.')
    // A lone period after a mark first, so that what is left before a `;` is one period (`a. . ;` → `a;`).
    .replace(/([.!?])\s+\.(?!\.)/g, '$1')
    .replace(/\.\s*([;:,])/g, '$1');
}
