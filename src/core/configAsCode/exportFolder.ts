// Export: every object of a connection (or of chosen kinds, or chosen ids) into a folder, one file per object in
// its editable form, plus the manifest that records where each came from. Re-exporting keeps every file's name,
// rewrites only files whose content changed, and refuses to replace edits that were never applied.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { kindsOfPlatform } from '../platforms/registry';
import type { KindSlug, PlatformClient, ResourceKind } from '../platforms/resourceKind';
import { ConfigError } from './configError';
import { FilePathAllocator } from './fileNames';
import { documentText, fingerprintOf } from './fingerprint';
import { absolutePath, readFolderFile, removeFolderFile, writeFolderFile } from './folderFiles';
import { checkNoLinkOnTheWay } from './folderPaths';
import { documentWithFileReferences, documentWithReferencedIds } from './folderReferences';
import {
  filesByObject, manifestConnectionOf, objectKey, readEnvironmentState, writeManifest, type ConfigManifest, type ManifestEntry,
} from './manifest';
import { stopIfCancelled, type ProgressListener } from './progress';
import { readAllObjects } from './remoteObjects';
import { parseJsonText } from '../validation/jsonTextLocations';

export interface ExportOptions {
  readonly folder: string;
  /** Only these kinds (default: every kind of the connection's platform). */
  readonly kinds?: readonly KindSlug[];
  /** Only these remote ids, within the kinds. */
  readonly ids?: readonly string[];
  /** Replace files edited since the last export even though the edits were never applied. */
  readonly overwriteEdits?: boolean;
  /** Whose state the export records (environmentFiles.ts); default: the folder's roaming-manifest.json. */
  readonly environment?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressListener;
  readonly now?: () => Date;
}

export interface ExportedFile {
  readonly file: string;
  readonly kind: KindSlug;
  readonly id: string;
  readonly name: string;
  /** False when the file already held exactly this content and was left untouched. */
  readonly written: boolean;
}

export interface ExportResult {
  readonly folder: string;
  readonly exportedAt: string;
  readonly files: readonly ExportedFile[];
  /** Files of objects that no longer exist on the remote, removed with their manifest entries. */
  readonly removed: readonly { readonly file: string; readonly kind: KindSlug; readonly id: string }[];
}

interface PlannedFile {
  readonly file: string;
  readonly kind: ResourceKind;
  readonly id: string;
  readonly name: string;
  readonly remote: unknown;
  readonly text: string;
  readonly fingerprint: string;
}

/** Every entry already in the kinds' folders: a new name must not land on one of them. */
function existingFiles(folder: string, kinds: readonly ResourceKind[]): string[] {
  return kinds.flatMap((kind) => {
    const directory = path.join(folder, kind.folder);
    return fs.existsSync(directory) ? fs.readdirSync(directory).map((name) => `${kind.folder}/${name}`) : [];
  });
}

/** A kind folder that is a link would send every file written into it somewhere else: refused before anything is. */
function checkKindFoldersAreReal(folder: string, kinds: readonly ResourceKind[]): void {
  for (const kind of kinds) checkNoLinkOnTheWay(folder, kind.folder);
}

/**
 * A tracked file holds edits that were never applied when it differs from what was exported and from what the
 * remote holds now (an edit someone else already made on the remote is not lost). A removed file is an edit too
 * (a delete not yet applied), unless the object is gone from the remote as well.
 */
function holdsUnappliedEdits(
  folder: string, file: string, entry: ManifestEntry, kind: ResourceKind, remote: unknown, idOf: (file: string, target: KindSlug) => string | undefined,
): boolean {
  const text = readFolderFile(folder, file);
  if (text === undefined) return remote !== undefined;
  const parsed = parseJsonText(text);
  if (parsed.syntaxProblems.length > 0) return true;
  // A reference by file stands for the id of that file's object: compared as the id it names.
  const document = documentWithReferencedIds(kind.slug, parsed.value, idOf);
  if (entry.fingerprint !== undefined && fingerprintOf(document) === entry.fingerprint) return false;
  if (remote === undefined) return true;
  try {
    return kind.planUpdate(entry.id, remote, document) !== undefined;
  } catch {
    return true;
  }
}

export async function exportFolder(client: PlatformClient, options: ExportOptions): Promise<ExportResult> {
  const connection = client.connection;
  const folder = path.resolve(options.folder);
  const progress = options.onProgress ?? (() => {});
  const manifest = readEnvironmentState(folder, options.environment, connection);
  const platformKinds = kindsOfPlatform(connection.platform);
  const unknownKinds = (options.kinds ?? []).filter((slug) => !platformKinds.some((kind) => kind.slug === slug));
  if (unknownKinds.length > 0) {
    throw new ConfigError(`${unknownKinds.join(', ')} ${unknownKinds.length === 1 ? 'is not a kind' : 'are not kinds'} of ${connection.platform}: choose from ${platformKinds.map((kind) => kind.slug).join(', ')}.`);
  }
  const kinds = options.kinds ? platformKinds.filter((kind) => options.kinds?.includes(kind.slug)) : platformKinds;
  const wantedIds = options.ids ? new Set(options.ids) : undefined;

  const remoteByKind = new Map<KindSlug, unknown[]>();
  for (const [index, kind] of kinds.entries()) {
    stopIfCancelled(options.signal);
    progress({ message: `Reading ${kind.plural.toLowerCase()} from ${connection.name}`, done: index, total: kinds.length });
    const items = await readAllObjects(client, kind, options.signal);
    remoteByKind.set(kind.slug, wantedIds ? items.filter((item) => wantedIds.has(kind.idOf(item))) : items);
  }

  checkKindFoldersAreReal(folder, kinds);
  const files = manifest?.files ?? {};
  const allocator = new FilePathAllocator([...Object.keys(files), ...existingFiles(folder, kinds)]);
  const trackedFiles = filesByObject(manifest);
  const placed: Array<Omit<PlannedFile, 'text' | 'fingerprint'>> = [];
  for (const kind of kinds) {
    for (const object of remoteByKind.get(kind.slug) ?? []) {
      const id = kind.idOf(object);
      const name = kind.nameOf(object);
      const file = trackedFiles.get(objectKey(kind.slug, id)) ?? allocator.allocate(kind.folder, kind.slug, name, id);
      placed.push({ file, kind, id, name, remote: object });
    }
  }
  // References are written by file where the folder holds the named object, so the files apply to any account.
  const fileByObject = new Map([...trackedFiles, ...placed.map((item) => [objectKey(item.kind.slug, item.id), item.file] as const)]);
  const idByFile = new Map([...fileByObject].map(([key, file]) => [file, key]));
  const fileOf = (target: KindSlug, id: string): string | undefined => fileByObject.get(objectKey(target, id));
  const idOf = (file: string, target: KindSlug): string | undefined => {
    const key = idByFile.get(file);
    return key?.startsWith(`${target}|`) ? key.slice(target.length + 1) : undefined;
  };
  const planned: PlannedFile[] = placed.map((item) => {
    const document = item.kind.toDocument(item.remote);
    return { ...item, text: documentText(documentWithFileReferences(item.kind.slug, document, fileOf)), fingerprint: fingerprintOf(document) };
  });

  // Tracked objects of the exported kinds (and ids) that the remote no longer has: their files go.
  const exportedIds = new Set(planned.map((item) => objectKey(item.kind.slug, item.id)));
  const gone = Object.entries(files).filter(([, entry]) =>
    kinds.some((kind) => kind.slug === entry.kind) && (!wantedIds || wantedIds.has(entry.id)) && !exportedIds.has(objectKey(entry.kind, entry.id)));

  if (wantedIds) {
    const known = new Set([...planned.map((item) => item.id), ...gone.map(([, entry]) => entry.id)]);
    const notFound = [...wantedIds].filter((id) => !known.has(id));
    if (notFound.length > 0) throw new ConfigError(`Not found on ${connection.name}: ${notFound.join(', ')}. Nothing was exported.`);
  }

  if (!options.overwriteEdits) {
    const edited = [
      ...planned.filter((item) => files[item.file] && holdsUnappliedEdits(folder, item.file, files[item.file], item.kind, item.remote, idOf)),
      ...gone.filter(([file, entry]) => holdsUnappliedEdits(folder, file, entry, kinds.find((kind) => kind.slug === entry.kind) as ResourceKind, undefined, idOf)).map(([file]) => ({ file })),
    ].map((item) => item.file);
    if (edited.length > 0) {
      throw new ConfigError(`Nothing was exported: ${edited.length} file${edited.length === 1 ? ' holds edits' : 's hold edits'} never applied (${edited.slice(0, 5).join(', ')}${edited.length > 5 ? ', …' : ''}). Apply or discard them first, or export with overwriting allowed (command line: --force) to replace them.`);
    }
  }

  // Every path is checked before the first write, so a refused one (a link) leaves the folder as it was.
  for (const file of [...planned.map((item) => item.file), ...gone.map(([file]) => file)]) absolutePath(folder, file);

  stopIfCancelled(options.signal);
  const exportedAt = (options.now?.() ?? new Date()).toISOString();
  const nextFiles: Record<string, ManifestEntry> = { ...files };
  const results: ExportedFile[] = [];
  for (const [index, item] of planned.entries()) {
    if (index % 50 === 0) progress({ message: `Writing files into ${folder}`, done: index, total: planned.length });
    const written = readFolderFile(folder, item.file) !== item.text;
    if (written) writeFolderFile(folder, item.file, item.text);
    nextFiles[item.file] = { kind: item.kind.slug, id: item.id, fingerprint: item.fingerprint };
    results.push({ file: item.file, kind: item.kind.slug, id: item.id, name: item.name, written });
  }
  const removed = gone.map(([file, entry]) => {
    removeFolderFile(folder, file);
    delete nextFiles[file];
    return { file, kind: entry.kind, id: entry.id };
  });

  const next: ConfigManifest = {
    manifestVersion: 1,
    connection: manifestConnectionOf(connection),
    exportedAt,
    ...(manifest?.appliedAt && { appliedAt: manifest.appliedAt }),
    files: nextFiles,
    ...(manifest?.unconfirmedCreates && { unconfirmedCreates: manifest.unconfirmedCreates }),
  };
  writeManifest(folder, next, options.environment);
  progress({ message: `Exported ${results.length} object${results.length === 1 ? '' : 's'}`, done: planned.length, total: planned.length });
  return { folder, exportedAt, files: results, removed };
}
