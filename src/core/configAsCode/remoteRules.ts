// The kinds' rules that need the remote (`checkRemotely`: an unknown TADIG, an unknown destination group, a RAT
// downgrade…), applied to what a plan would send. The same function the editor and the save gate call, so a file
// the editor underlines is invalid in the plan too, with the same message, line and column — and a pipeline that
// gates on `plan` never lets the vendor be the first to refuse it. Reads go through one cache per plan: each list
// is read once, however many files need it.
import { kindBySlug } from '../platforms/registry';
import { ReadCache } from '../platforms/readCache';
import type { PlatformClient, ResourceKind } from '../platforms/resourceKind';
import { messageOf } from './configError';
import type { KindFile } from './folderFiles';
import type { PlanEntry } from './planTypes';
import { stopIfCancelled } from './progress';
import type { FileProblem } from './validateFile';
import { LineIndex } from '../validation/lineIndex';
import { locatePointers } from '../validation/pointerLocator';
import { boundedProblems, MAX_PROBLEMS_PER_FILE } from '../validation/problemLimit';

/** The entries that would send something, each judged by its kind's remote rules; the others as they are. */
export async function applyRemoteRules(
  client: PlatformClient, entries: readonly PlanEntry[], files: ReadonlyMap<string, KindFile>, remoteOf: (kind: ResourceKind, id: string) => unknown,
  signal?: AbortSignal,
): Promise<PlanEntry[]> {
  const reading = new ReadCache(Number.POSITIVE_INFINITY).wrap(client);
  const judged: PlanEntry[] = [];
  for (const entry of entries) {
    stopIfCancelled(signal);
    judged.push(await judgedEntry(reading, entry, files.get(entry.file), remoteOf, signal));
  }
  return judged;
}

async function judgedEntry(
  client: PlatformClient, entry: PlanEntry, file: KindFile | undefined, remoteOf: (kind: ResourceKind, id: string) => unknown, signal?: AbortSignal,
): Promise<PlanEntry> {
  const kind = kindBySlug(entry.kind);
  if ((entry.action !== 'create' && entry.action !== 'update') || !kind?.checkRemotely || file === undefined) return entry;
  const known = entry.id !== undefined ? { id: entry.id, remote: remoteOf(kind, entry.id) } : undefined;
  let found;
  try {
    found = await kind.checkRemotely(client, entry.document, known, { signal });
  } catch (error) {
    // A rule that cannot be checked is not a pass: nothing is sent on an unchecked file.
    found = [{ pointer: '', severity: 'error' as const, message: `Could not check ${file.path} against the remote: ${messageOf(error)}` }];
  }
  if (found.length === 0) return entry;
  // Listed like every other layer's: the first MAX_PROBLEMS_PER_FILE of the file, the rest counted.
  const listedBefore = entry.problems?.length ?? 0;
  const { problems: listed, omitted } = boundedProblems(found, Math.max(0, MAX_PROBLEMS_PER_FILE - listedBefore));
  const spans = locatePointers(file.text, listed.map((problem) => ({ pointer: problem.pointer })));
  const lines = new LineIndex(file.text);
  const problems: FileProblem[] = listed.map((problem, index) => ({
    message: problem.message, severity: problem.severity, pointer: problem.pointer, ...lines.positionOf(spans[index].offset),
  }));
  const omittedProblems = (entry.omittedProblems ?? 0) + omitted;
  const errors = found.filter((problem) => problem.severity === 'error');
  const counted = omittedProblems > 0 ? { omittedProblems } : {};
  if (errors.length === 0) return { ...entry, problems: [...(entry.problems ?? []), ...problems], ...counted };
  const { writePlan: _notSent, ...rest } = entry;
  return {
    ...rest, action: 'error', problems: [...(entry.problems ?? []), ...problems], ...counted,
    summary: `${errors.length} problem${errors.length === 1 ? '' : 's'}: ${errors[0].message}`,
  };
}
