// The flags plan and apply share for CI and for targeting: `--only GLOB` (repeatable), `--format text|json|github`,
// and the files `--junit`, `--sarif`, `--markdown` write. Kept apart from commandLine.ts so the flags of other
// features do not collide with these.
import { UsageError } from './cliIo';

export type OutputFormat = 'text' | 'json' | 'github';
const FORMATS: readonly OutputFormat[] = ['text', 'json', 'github'];

export interface CiOptions {
  /** `--only`: patterns of files (`destination-groups/Malta*.json`) or `kind/name`. */
  readonly only?: readonly string[];
  readonly format: OutputFormat;
  readonly junit?: string;
  readonly sarif?: string;
  readonly markdown?: string;
}

/** For node's parseArgs: spread into plan's and apply's options. */
export const CI_FLAGS = {
  only: { type: 'string', multiple: true },
  format: { type: 'string' },
  junit: { type: 'string' },
  sarif: { type: 'string' },
  markdown: { type: 'string' },
} as const;

function fileFlag(values: Readonly<Record<string, unknown>>, name: 'junit' | 'sarif' | 'markdown'): string | undefined {
  const value = values[name];
  if (typeof value !== 'string') return undefined;
  if (value.trim() === '') throw new UsageError(`--${name} needs a file name.`);
  return value;
}

export function ciOptionsOf(values: Readonly<Record<string, unknown>>, json: boolean): CiOptions {
  const given = typeof values.format === 'string' ? values.format : undefined;
  if (given !== undefined && !(FORMATS as readonly string[]).includes(given)) throw new UsageError(`--format is text, json or github, not "${given}".`);
  if (json && given !== undefined && given !== 'json') throw new UsageError(`--json and --format ${given} say different things: give one.`);
  const only = Array.isArray(values.only) ? (values.only as string[]) : [];
  if (only.some((pattern) => pattern.trim() === '')) throw new UsageError('--only needs a pattern: a file of the folder (destination-groups/Malta*.json) or kind/name (roaming-profile/UK*).');
  const junit = fileFlag(values, 'junit');
  const sarif = fileFlag(values, 'sarif');
  const markdown = fileFlag(values, 'markdown');
  return {
    format: json ? 'json' : (given as OutputFormat | undefined) ?? 'text',
    ...(only.length > 0 && { only }),
    ...(junit !== undefined && { junit }),
    ...(sarif !== undefined && { sarif }),
    ...(markdown !== undefined && { markdown }),
  };
}
