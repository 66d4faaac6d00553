// `roaming-workbench export`: the account into the folder, then one summary line per kind.
import { exportFolder, type ExportResult } from '../core/configAsCode';
import { kindBySlug } from '../core/platforms/registry';
import type { PlatformClient } from '../core/platforms/resourceKind';
import { printableLines } from '../core/text/printable';
import type { CliIo } from './cliIo';
import type { CommandOptions } from './commandLine';
import { progressPrinter } from './progressPrinter';

function describeExport(result: ExportResult, connectionName: string, options: Pick<CommandOptions, 'environment'>): string {
  const perKind = new Map<string, number>();
  for (const file of result.files) perKind.set(file.kind, (perKind.get(file.kind) ?? 0) + 1);
  const kinds = [...perKind].map(([slug, count]) => `${count} ${(count === 1 ? kindBySlug(slug)?.singular : kindBySlug(slug)?.plural)?.toLowerCase() ?? slug}`);
  const written = result.files.filter((file) => file.written).length;
  const lines = [
    `Exported ${result.files.length} object${result.files.length === 1 ? '' : 's'} from ${connectionName} into ${result.folder}${kinds.length > 0 ? `: ${kinds.join(', ')}` : ''}.`,
    `${written} file${written === 1 ? '' : 's'} written, ${result.files.length - written} already up to date; ${options.environment === undefined ? 'roaming-manifest.json' : `roaming-state/${options.environment}.json`} records each file's id and fingerprint.`,
  ];
  if (result.removed.length > 0) {
    lines.push(`Removed ${result.removed.length} file${result.removed.length === 1 ? '' : 's'} of objects gone from the remote: ${result.removed.map((item) => item.file).join(', ')}.`);
  }
  // Each element is one line; the folder and the removed files' names come from outside.
  return `${printableLines(lines)}\n`;
}

export async function runExport(client: PlatformClient, options: CommandOptions, io: CliIo): Promise<number> {
  const result = await exportFolder(client, {
    folder: options.folder,
    ...(options.kinds && { kinds: options.kinds }),
    ...(options.ids && { ids: options.ids }),
    overwriteEdits: options.force,
    ...(options.environment !== undefined && { environment: options.environment }),
    signal: io.signal,
    onProgress: progressPrinter(io, options.verbose),
  });
  io.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : describeExport(result, client.connection.name, options));
  return 0;
}
