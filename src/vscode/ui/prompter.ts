// Every question the extension asks a person goes through here. VS Code refuses modal dialogs while extension
// tests run, so in test mode (and only there) a test can script the answers; it also sees what was asked — as the
// person would see it, scrubbed of every known secret (the question often quotes a failure).
import { scrubSecrets } from '../../core/http/knownSecrets';
import { clippedForModal, fitsInModal, MAX_MODAL_DETAIL_LINES, shownLines } from './modalLimits';
import { notify, type Severity } from './notifications';

export type { Severity } from './notifications';

export interface Question {
  readonly severity: Severity;
  readonly message: string;
  readonly detail?: string;
  readonly modal: boolean;
  readonly choices: readonly string[];
}

export class Prompter {
  private readonly scripted: Array<string | undefined> = [];
  /** Every question asked, newest last (test mode only; kept short). */
  readonly asked: Question[] = [];

  constructor(private readonly testMode: boolean) {}

  /**
   * Resolves the chosen button, or undefined when dismissed. A modal's detail must fit a 1,000 px window
   * (`modalLimits.ts`): callers put what can grow with the data in a review document (`confirmations.ts`). Tests
   * fail on a detail that would not fit; a person gets it clipped, never a dialog whose buttons are off screen.
   */
  async ask(severity: Severity, message: string, options: { modal?: boolean; detail?: string }, ...choices: string[]): Promise<string | undefined> {
    let detail = options.detail === undefined ? undefined : scrubSecrets(options.detail);
    if (options.modal && !fitsInModal(detail)) {
      if (this.testMode) throw new Error(`a modal detail of ${shownLines(detail ?? '')} lines does not fit a 1,000 px window (at most ${MAX_MODAL_DETAIL_LINES}): "${message}"`);
      detail = clippedForModal(detail ?? '', 'the rest is in the document beside this question');
    }
    const question: Question = { severity, message: scrubSecrets(message), detail, modal: options.modal ?? false, choices };
    if (this.testMode) {
      this.asked.push(question);
      if (this.asked.length > 100) this.asked.shift();
    }
    if (this.testMode && this.scripted.length > 0) {
      const answer = this.scripted.shift();
      if (answer !== undefined && !choices.includes(answer)) {
        throw new Error(`scripted answer "${answer}" is not one of ${JSON.stringify(choices)} for "${message}"`);
      }
      return answer;
    }
    return notify(severity, question.message, { modal: question.modal, detail }, ...choices);
  }

  /** Test mode: the next questions get these answers, in order (`undefined` = dismissed). */
  script(...answers: Array<string | undefined>): void {
    if (!this.testMode) throw new Error('answers can only be scripted in test mode');
    this.scripted.push(...answers);
  }

  clearScript(): void {
    this.scripted.length = 0;
    this.asked.length = 0;
  }
}
