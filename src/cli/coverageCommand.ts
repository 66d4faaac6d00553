// `roaming-workbench coverage`: a destination group's or roaming profile's coverage (or the difference of two) as
// text, JSON or an SVG map, on stdout or into a file. The reading and computing are core's
// (src/core/coverage); this file only words and writes. Every name from the remote is made printable in text and
// XML-escaped in the SVG; a file written gets the same secret scrubbing as stdout.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareCoverage, type CountryCoverage, type Coverage, type CoverageComparison } from '../core/coverage/coverage';
import { renderCoverageMap } from '../core/coverage/coverageMap';
import { readSubjectCoverage, type SubjectCoverage } from '../core/coverage/readCoverage';
import { scrubSecrets } from '../core/http/knownSecrets';
import type { PlatformClient } from '../core/platforms/resourceKind';
import { printableLines } from '../core/text/printable';
import { UsageError, type CliIo } from './cliIo';
import type { CoverageOptions } from './commandLine';

function counted(countries: readonly CountryCoverage[]): string {
  const networks = countries.reduce((sum, country) => sum + country.networks.length, 0);
  return `${countries.length} countr${countries.length === 1 ? 'y' : 'ies'}, ${networks} network${networks === 1 ? '' : 's'}`;
}

function countryLines(countries: readonly CountryCoverage[], indent = ''): string[] {
  return countries.flatMap((country) => [
    `${indent}${country.name}${country.iso2 ? ` (${country.iso2})` : ''}`,
    ...country.networks.map((network) => `${indent}  ${network.tadigCode} / ${network.categoryGroupId}${network.operator ? `  ${network.operator}` : ''}`),
  ]);
}

function coverageText(subject: SubjectCoverage): string[] {
  return [`Coverage of ${subject.label}: ${counted(subject.coverage.countries)}`, ...countryLines(subject.coverage.countries)];
}

function comparisonText(left: SubjectCoverage, right: SubjectCoverage, comparison: CoverageComparison): string[] {
  const section = (title: string, countries: readonly CountryCoverage[]) =>
    [`${title}: ${counted(countries)}`, ...countryLines(countries, '  ')];
  return [
    `Coverage of ${left.label} compared with ${right.label}`,
    ...section('In both', comparison.countries),
    ...section(`Only in ${left.label}`, comparison.onlyLeft),
    ...section(`Only in ${right.label}`, comparison.onlyRight),
  ];
}

function render(options: CoverageOptions, left: SubjectCoverage, right: SubjectCoverage | undefined): string {
  const comparison = right && compareCoverage(left.coverage, right.coverage);
  switch (options.format) {
    case 'json': {
      const json: Coverage | CoverageComparison = comparison ?? { countries: left.coverage.countries };
      return `${JSON.stringify(json, null, 2)}\n`;
    }
    case 'svg':
      return comparison && right
        ? renderCoverageMap({ comparison, title: `${left.label} compared with ${right.label}`, leftLabel: left.label, rightLabel: right.label })
        : renderCoverageMap({ coverage: left.coverage, title: `Coverage of ${left.label}` });
    case 'text':
      return `${printableLines(comparison && right ? comparisonText(left, right, comparison) : coverageText(left))}\n`;
  }
}

export async function runCoverage(client: PlatformClient, options: CoverageOptions, io: CliIo): Promise<number> {
  if (client.connection.platform !== 'sft') throw new UsageError('coverage works on SFT connections (destination groups and roaming profiles); this one is TelecomX.');
  const left = await readSubjectCoverage(client, options.subject, { signal: io.signal });
  const right = options.compareWith && await readSubjectCoverage(client, options.compareWith, { signal: io.signal });
  const output = render(options, left, right);
  if (options.out === undefined) {
    io.stdout.write(output);
    return 0;
  }
  const file = path.resolve(io.cwd, options.out);
  try {
    fs.writeFileSync(file, scrubSecrets(output));
  } catch (error) {
    throw new UsageError(`--out: cannot write ${options.out} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  io.stdout.write(`${printableLines([`Wrote the ${options.format} coverage of ${left.label}${right ? ` compared with ${right.label}` : ''} to ${file}.`])}\n`);
  return 0;
}
