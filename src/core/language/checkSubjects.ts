// Which kind's rules apply to a file, and where in the file the kind's object sits. A document file is the
// object itself; a request body wraps it (`roamingProfileInfo`, `Request.requestParam.serviceProfile`…) or is a
// partial change of it (modify/update bodies send only what changes). Pure: no `vscode` import.
import { RESOURCE_KINDS } from '../platforms/registry';
import type { KindSlug } from '../platforms/resourceKind';
import type { SchemaName } from '../validation/schemaCatalogue';

export type SubjectRole =
  /** The whole editable object (`*.roaming-profile.json`, a `roaming:` document). */
  | 'document'
  /** A create body: every field the object needs is there. */
  | 'create'
  /** A modify/update body: only the fields that change. */
  | 'change';

export interface CheckSubject {
  readonly kind: KindSlug;
  /** JSON pointer to the kind's object inside the file (`''` when the file is the object). */
  readonly pointerPrefix: string;
  readonly role: SubjectRole;
}

/**
 * A document of a kind is the object itself; a request body is what its kind says it carries
 * (`ResourceKind.requestBodies`); logins and deletes carry no object to judge.
 */
export function checkSubjectFor(schemaName: SchemaName): CheckSubject | undefined {
  for (const kind of RESOURCE_KINDS) {
    if (kind.slug === schemaName) return { kind: kind.slug, pointerPrefix: '', role: 'document' };
    const body = kind.requestBodies.find((candidate) => candidate.schema === schemaName);
    if (body) return { kind: kind.slug, pointerPrefix: body.pointerPrefix, role: body.role };
  }
  return undefined;
}
