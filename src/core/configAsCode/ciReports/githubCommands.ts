// GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`): the annotations a pull request
// shows on the lines of the files. Every value from outside is escaped as GitHub's own toolkit does
// (@actions/core, command.ts): in the message `%`, `\r` and `\n`; in a property also `:` and `,` — so a file name
// can neither end the property list, nor add a property, nor start a command line of its own. What is left of the
// control characters is then made visible (printable.ts), as everywhere else.
import { randomBytes } from 'node:crypto';
import { printableLine } from '../../text/printable';
import type { PlanFinding } from './planFindings';

/** GitHub's escaping of a command's message. */
export function escapeCommandData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's escaping of a command's property value. */
export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationProperties {
  readonly file?: string;
  readonly line?: number;
  readonly col?: number;
  readonly title?: string;
}

/** One workflow command on one line. */
export function workflowCommand(level: AnnotationLevel, properties: AnnotationProperties, message: string): string {
  const parts = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${printableLine(escapeCommandProperty(String(value)))}`);
  return `::${level}${parts.length > 0 ? ` ${parts.join(',')}` : ''}::${printableLine(escapeCommandData(message))}`;
}

/** The annotation of each finding; `pathOf` turns a path in the folder into one relative to the repository. */
export function githubAnnotations(findings: readonly PlanFinding[], pathOf: (file: string) => string): string[] {
  return findings.map((finding) => workflowCommand(finding.level, {
    file: pathOf(finding.file), line: finding.line, col: finding.column, title: finding.title,
  }, finding.message));
}

/**
 * Text echoed between `::stop-commands::TOKEN` and `::TOKEN::`: GitHub runs no workflow command in it, so nothing a
 * file or the remote put into the plan's text can act as one. The token is random, so the text cannot end the pause.
 */
export function withoutWorkflowCommands(text: string, token = randomBytes(16).toString('hex')): string {
  return `::stop-commands::${token}\n${text.endsWith('\n') ? text : `${text}\n`}::${token}::\n`;
}
