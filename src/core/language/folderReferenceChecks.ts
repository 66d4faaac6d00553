// A roaming profile file in an exported folder may name its destination group's file instead of its id
// ("@destination-groups/….json", see configAsCode/folderReferences.ts). There the reference is fine when the
// file exists: the kind's rule "use a numeric id" gives way to a check that the named file is in the folder.
// Pure Node (reads the folder); no `vscode` import.
import { referencedFile, referencesIn, REFERENCE_PREFIX } from '../configAsCode/folderReferences';
import { MANIFEST_FILE } from '../configAsCode/manifest';
import { kindBySlug } from '../platforms/registry';
import type { DocumentProblem } from '../platforms/resourceKind';
import type { CheckSubject } from './checkSubjects';

/** The reference problems replaced by the folder's verdict; every other problem kept. `folder`: the manifest's. */
export function judgeFolderReferences(
  problems: readonly DocumentProblem[], value: unknown, subject: CheckSubject, folder: string | undefined,
): DocumentProblem[] {
  if (folder === undefined || subject.role !== 'document' || subject.pointerPrefix !== '') return [...problems];
  const references = referencesIn(subject.kind, value);
  if (references.length === 0) return [...problems];
  // What the kind's rules say of a reference ("use a numeric id") gives way to the folder's verdict below.
  const referencePointers = new Set(references.map((reference) => reference.pointer));
  const kept = problems.filter((problem) => !referencePointers.has(problem.pointer));
  for (const reference of references) {
    const target = kindBySlug(reference.target);
    const rightKind = target !== undefined && reference.file.endsWith(`.${target.slug}.json`);
    if (rightKind && referencedFile(folder, reference) !== undefined) continue;
    kept.push({
      pointer: reference.pointer, severity: 'error', code: 'folder-reference-missing',
      message: `"${REFERENCE_PREFIX}${reference.file}" is not a ${target?.singular.toLowerCase() ?? reference.target} file of this folder (paths are relative to the folder holding ${MANIFEST_FILE}).`,
    });
  }
  return kept;
}
