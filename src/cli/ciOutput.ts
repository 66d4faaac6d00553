// What plan and apply print and write for CI (ciOptions.ts): with `--format github`, the plan's text where GitHub
// runs no workflow command (so nothing in it can act as one), then an annotation per finding, and the plan as the
// job summary when $GITHUB_STEP_SUMMARY names a file; the `--junit`, `--sarif` and `--markdown` files. None of it
// changes the exit code. Annotation and SARIF paths are relative to the repository ($GITHUB_WORKSPACE, else the
// working directory), so GitHub puts each on the file's line.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError, type ApplyResult, type ConfigPlan } from '../core/configAsCode';
import {
  escapeCommandData, githubAnnotations, planFindings, renderPlanJunit, renderPlanMarkdown, renderPlanSarif, workflowCommand,
} from '../core/configAsCode/ciReports';
import { messageOf } from '../core/configAsCode/configError';
import { scrubSecrets } from '../core/http/knownSecrets';
import { markdownCode, markdownText } from '../core/configAsCode/ciReports/planMarkdown';
import { printableLine } from '../core/text/printable';
import type { CliIo } from './cliIo';
import type { CommandOptions } from './commandLine';

/** A path in the plan's folder as the repository names it (forward slashes). */
function repositoryPath(plan: ConfigPlan, io: CliIo): (file: string) => string {
  const root = path.resolve(io.cwd, io.env.GITHUB_WORKSPACE ?? io.cwd);
  return (file) => {
    const absolute = path.join(plan.folder, file);
    const relative = path.relative(root, absolute);
    return (relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative).split(path.sep).join('/');
  };
}

export function isGithub(options: CommandOptions): boolean {
  return options.ci?.format === 'github';
}

/**
 * `--format github`: everything printed between `open` and `close` is echoed with workflow commands paused
 * (`::stop-commands::`), behind a random token nothing printed can know.
 */
export class GithubLog {
  private readonly token = randomBytes(16).toString('hex');

  constructor(private readonly io: CliIo, private readonly title: string) {}

  open(): void {
    this.io.stdout.write(`::group::${printableLine(escapeCommandData(this.title))}\n::stop-commands::${this.token}\n`);
  }

  close(): void {
    this.io.stdout.write(`::${this.token}::\n::endgroup::\n`);
  }
}

function writeFile(file: string, text: string, flag: string, io: CliIo): void {
  const target = path.resolve(io.cwd, file);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  } catch (error) {
    throw new ConfigError(`could not write the ${flag} file ${target}: ${messageOf(error)}`);
  }
}

/** The annotations (on stdout) and the files of `--junit`, `--sarif`, `--markdown`, and the job summary. */
export function writePlanOutputs(plan: ConfigPlan, options: CommandOptions, io: CliIo): void {
  const ci = options.ci;
  if (!ci) return;
  const pathOf = repositoryPath(plan, io);
  const strict = options.strict;
  const markdown = ci.markdown !== undefined || (isGithub(options) && io.env.GITHUB_STEP_SUMMARY) ? renderPlanMarkdown(plan, { strict }) : '';
  if (isGithub(options)) {
    const annotations = githubAnnotations(planFindings(plan, { strict }), pathOf);
    if (annotations.length > 0) io.stdout.write(`${annotations.join('\n')}\n`);
    const summary = io.env.GITHUB_STEP_SUMMARY;
    if (summary) {
      try {
        fs.appendFileSync(summary, `${markdown}\n`);
      } catch (error) {
        throw new ConfigError(`could not add to the job summary $GITHUB_STEP_SUMMARY (${summary}): ${messageOf(error)}`);
      }
    }
  }
  if (ci.markdown !== undefined) writeFile(ci.markdown, markdown, '--markdown', io);
  if (ci.junit !== undefined) writeFile(ci.junit, renderPlanJunit(plan, { strict }), '--junit', io);
  if (ci.sarif !== undefined) writeFile(ci.sarif, renderPlanSarif(plan, pathOf, { strict }), '--sarif', io);
}

/** After an apply: an annotation per step not applied, and the result in the job summary and the Markdown file. */
export function writeApplyOutputs(plan: ConfigPlan, result: ApplyResult, options: CommandOptions, io: CliIo): void {
  const ci = options.ci;
  if (!ci) return;
  const { report } = result;
  const failed = report.steps.filter((step) => step.status === 'not-applied' || step.status === 'unknown');
  const pathOf = repositoryPath(plan, io);
  const lines = [
    '', `### Apply: ${report.result}`, '',
    `${report.counts.applied} applied, ${report.counts['not-applied']} not applied, ${report.counts.unknown} unknown, ${report.counts.skipped} not sent.`,
    ...failed.map((step) => `- ${markdownCode(step.file)}: ${markdownText(scrubSecrets(step.message))}`),
    '',
  ];
  if (isGithub(options)) {
    for (const step of failed) {
      io.stdout.write(`${workflowCommand('error', { file: pathOf(step.file), title: `Not applied: ${step.summary}` }, scrubSecrets(step.message))}\n`);
    }
    if (io.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(io.env.GITHUB_STEP_SUMMARY, `${lines.join('\n')}\n`);
  }
  if (ci.markdown !== undefined) fs.appendFileSync(path.resolve(io.cwd, ci.markdown), `${lines.join('\n')}\n`);
}

/** What a command tells the CI output as it goes: the plan it made, the apply's result. */
export interface CiObserver {
  planned(plan: ConfigPlan): void;
  applied(result: ApplyResult): void;
}

/**
 * Runs plan or apply with its CI output around it: with `--format github` its whole log in a folded group where
 * no workflow command runs, then the annotations; then the files. A failure is also an `::error` annotation (and
 * still the one line on stderr). The exit code is the command's.
 */
export async function runWithCiOutput(options: CommandOptions, io: CliIo, run: (observer: CiObserver) => Promise<number>): Promise<number> {
  let plan: ConfigPlan | undefined;
  let result: ApplyResult | undefined;
  const log = isGithub(options) ? new GithubLog(io, `roaming-workbench ${options.command} ${options.folder}`) : undefined;
  log?.open();
  let code: number;
  try {
    code = await run({ planned: (made) => { plan = made; }, applied: (done) => { result = done; } });
  } catch (error) {
    log?.close();
    if (log) io.stdout.write(`${workflowCommand('error', { title: `roaming-workbench ${options.command}` }, messageOf(error))}\n`);
    throw error;
  }
  log?.close();
  if (plan) writePlanOutputs(plan, options, io);
  if (plan && result) writeApplyOutputs(plan, result, options, io);
  return code;
}
