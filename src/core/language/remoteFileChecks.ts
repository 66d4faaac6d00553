// The kind's rules that need the remote (`checkRemotely`), applied to a file: a document, or the object a request
// body carries. A change body (modify/update) is judged by the kind's `checkChangeRemotely`, so that a field the
// body leaves alone is not judged as removed. No rule is written here. Pure: no `vscode` import.
import { kindBySlug } from '../platforms/registry';
import type { DocumentProblem, KnownObject, PlatformClient } from '../platforms/resourceKind';
import type { CheckSubject } from './checkSubjects';
import { objectAtPointer, underPrefix } from './jsonPlaces';

/**
 * `known` is the object the file stands for, when that is known: a `roaming:` document's id and remote state,
 * or the id a config-as-code manifest records for a workspace file (remote state unknown).
 */
export async function checkFileRemotely(
  client: PlatformClient, value: unknown, subject: CheckSubject, known: KnownObject | undefined,
): Promise<DocumentProblem[]> {
  const kind = kindBySlug(subject.kind);
  const inner = objectAtPointer(value, subject.pointerPrefix);
  if (!kind || !inner) return [];
  const problems = subject.role === 'change' && kind.checkChangeRemotely
    ? await kind.checkChangeRemotely(client, inner)
    : await kind.checkRemotely?.(client, inner, subject.role === 'document' ? known : undefined) ?? [];
  return underPrefix(subject.pointerPrefix, problems);
}
