// Expands a VS Code snippet body the way accepting every default would: placeholders keep their text, a choice
// takes its first option (or the one a test picks), a bare tab stop becomes empty. Only what the snippet grammar
// needs for JSON bodies: tab stops, placeholders, choices, escapes; variables are refused so none slip in unseen.

export interface SnippetTabStops {
  /** Tab-stop numbers in order of first appearance, `0` (the final cursor) excluded. */
  readonly numbers: number[];
  /** The options of each choice, by tab-stop number. */
  readonly choices: Map<number, string[]>;
}

export function expandSnippet(body: string, choicePicks: ReadonlyMap<number, number> = new Map()): string {
  return new SnippetReader(body, choicePicks).readUntil(undefined);
}

export function tabStopsOf(body: string): SnippetTabStops {
  const reader = new SnippetReader(body, new Map());
  reader.readUntil(undefined);
  return { numbers: reader.tabStopsSeen.filter((number) => number !== 0), choices: reader.choices };
}

class SnippetReader {
  private position = 0;
  readonly tabStopsSeen: number[] = [];
  readonly choices = new Map<number, string[]>();
  private readonly defaults = new Map<number, string>();

  constructor(
    private readonly body: string,
    private readonly choicePicks: ReadonlyMap<number, number>,
  ) {}

  /** Reads text up to the closing character (`}` inside a placeholder) or the end. */
  readUntil(closing: '}' | undefined): string {
    let text = '';
    while (this.position < this.body.length) {
      const character = this.body[this.position];
      if (character === '\\' && '$}\\'.includes(this.body[this.position + 1] ?? '')) {
        text += this.body[this.position + 1];
        this.position += 2;
      } else if (character === closing) {
        this.position++;
        return text;
      } else if (character === '$') {
        text += this.readDollar();
      } else {
        text += character;
        this.position++;
      }
    }
    if (closing) throw new Error(`Unclosed placeholder in snippet: ${this.body}`);
    return text;
  }

  private readDollar(): string {
    const rest = this.body.slice(this.position);
    const bare = /^\$(\d+)/.exec(rest);
    if (bare) {
      this.position += bare[0].length;
      return this.tabStop(Number(bare[1]), undefined);
    }
    const opening = /^\$\{(\d+)([:|}])/.exec(rest);
    if (!opening) throw new Error(`Unsupported snippet syntax (variables are not used here) at: ${rest.slice(0, 30)}`);
    this.position += opening[0].length;
    const number = Number(opening[1]);
    if (opening[2] === '}') return this.tabStop(number, undefined);
    if (opening[2] === ':') return this.tabStop(number, this.readUntil('}'));
    return this.tabStop(number, this.readChoice(number));
  }

  private readChoice(number: number): string {
    const options: string[] = [];
    let option = '';
    while (this.position < this.body.length) {
      const character = this.body[this.position];
      if (character === '\\' && ',|\\$}'.includes(this.body[this.position + 1] ?? '')) {
        option += this.body[this.position + 1];
        this.position += 2;
      } else if (character === ',') {
        options.push(option);
        option = '';
        this.position++;
      } else if (character === '|' && this.body[this.position + 1] === '}') {
        options.push(option);
        this.position += 2;
        this.choices.set(number, options);
        return options[this.choicePicks.get(number) ?? 0];
      } else {
        option += character;
        this.position++;
      }
    }
    throw new Error(`Unclosed choice in snippet: ${this.body}`);
  }

  /** A repeated tab stop mirrors the first value given to it, as VS Code does. */
  private tabStop(number: number, value: string | undefined): string {
    if (!this.tabStopsSeen.includes(number)) this.tabStopsSeen.push(number);
    if (value !== undefined && !this.defaults.has(number)) this.defaults.set(number, value);
    return value ?? this.defaults.get(number) ?? '';
  }
}
