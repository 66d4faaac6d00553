// The kind's own rules (checkDocument) applied to a file, without the network. Pure.
import { kindBySlug } from '../platforms/registry';
import type { DocumentProblem } from '../platforms/resourceKind';
import type { CheckSubject } from './checkSubjects';
import { objectAtPointer, topLevelField, underPrefix } from './jsonPlaces';

/**
 * Problems a change body cannot be judged on: the platform keeps the stored value of what the body leaves out
 * (a modify that sets `service` keeps the stored `accessType`; an update keeps the stored `calledRegion`).
 */
const KEPT_FROM_THE_STORED_OBJECT = new Set(['accessType-missing', 'calledRegion-missing']);

/**
 * `remote` is the object as the platform holds it, for a document opened from the remote (rules about what
 * cannot change need it); `undefined` otherwise.
 */
export function checkLocally(value: unknown, subject: CheckSubject, remote: unknown): DocumentProblem[] {
  const kind = kindBySlug(subject.kind);
  const inner = objectAtPointer(value, subject.pointerPrefix);
  if (!kind || !inner) return [];
  if (subject.role === 'document') return underPrefix(subject.pointerPrefix, kind.checkDocument(inner, remote));
  if (subject.role === 'create') return underPrefix(subject.pointerPrefix, kind.checkDocument(inner, undefined));
  // A change body holds only what changes: judged as a whole object, every absent field would be "missing".
  // Keep what is said about the fields it does send.
  const problems = kind.checkDocument(inner, undefined).filter((problem) => {
    const field = topLevelField(problem.pointer);
    return field !== undefined && field in inner && !KEPT_FROM_THE_STORED_OBJECT.has(problem.code ?? '');
  });
  return underPrefix(subject.pointerPrefix, problems);
}
