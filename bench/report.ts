// The benchmark's output: a table on the terminal and results.json (every figure with its value, unit, how it
// was measured, target and verdict, plus the date and the machine).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BenchSizeName } from './benchSize';
import { describeTarget, type Figure } from './figures';
import { machineSummary, type MachineDescription } from './machine';

export interface BenchResults {
  readonly command: string;
  readonly size: BenchSizeName;
  readonly date: string;
  readonly machine: MachineDescription;
  readonly machineSummary: string;
  readonly figures: readonly Figure[];
}

export function benchResults(command: string, size: BenchSizeName, machine: MachineDescription, figures: readonly Figure[]): BenchResults {
  return { command, size, date: new Date().toISOString(), machine, machineSummary: machineSummary(machine), figures };
}

export function formatValue(figure: Figure): string {
  if (figure.value === null) return 'not measured';
  return `${figure.value.toLocaleString('en-US')} ${figure.unit}`;
}

export function formatTable(results: BenchResults): string {
  const rows = results.figures.map((figure) => [figure.figure, formatValue(figure), describeTarget(figure.target, figure.unit), figure.verdict]);
  const header = ['figure', 'value', 'target', 'verdict'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column === 1 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd();
  return [
    `Roaming Workbench benchmark (${results.size}), ${results.date}`,
    `Machine: ${results.machineSummary}`,
    '',
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    '',
    ...results.figures.filter((figure) => figure.value === null).map((figure) => `${figure.figure}: ${figure.howMeasured}`),
  ].join('\n');
}

export function writeResults(file: string, results: BenchResults): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(results, null, 2)}\n`);
  fs.renameSync(`${file}.tmp`, file);
}
