// Which kind's rules apply to a file, and where in the file the kind's object sits. A document file is the
// object itself; a request body wraps it (`roamingProfileInfo`, `Request.requestParam.serviceProfile`…) or is a
// partial change of it (modify/update bodies send only what changes). Pure: no `vscode` import.
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

const SFT_ROAMING_PROFILE = '/roamingProfileInfo';
const SFT_DESTINATION_GROUP = '/destinationGroupinfo';
const SFT_SERVICE_PROFILE = '/Request/requestParam/serviceProfile';

/** Request bodies holding (part of) an object; logins and deletes carry no object to judge. */
const REQUEST_SUBJECTS: Partial<Record<SchemaName, CheckSubject>> = {
  'create-roaming-profile': { kind: 'roaming-profile', pointerPrefix: SFT_ROAMING_PROFILE, role: 'create' },
  'modify-roaming-profile': { kind: 'roaming-profile', pointerPrefix: SFT_ROAMING_PROFILE, role: 'change' },
  'create-destination-group': { kind: 'destination-group', pointerPrefix: SFT_DESTINATION_GROUP, role: 'create' },
  'modify-destination-group': { kind: 'destination-group', pointerPrefix: SFT_DESTINATION_GROUP, role: 'change' },
  'create-service-profile': { kind: 'service-profile', pointerPrefix: SFT_SERVICE_PROFILE, role: 'create' },
  'modify-service-profile': { kind: 'service-profile', pointerPrefix: SFT_SERVICE_PROFILE, role: 'change' },
  'create-region': { kind: 'region', pointerPrefix: '', role: 'create' },
  'update-region': { kind: 'region', pointerPrefix: '', role: 'change' },
  'create-voice-price': { kind: 'voice-price', pointerPrefix: '', role: 'create' },
  'update-voice-price': { kind: 'voice-price', pointerPrefix: '', role: 'change' },
  'create-text-price': { kind: 'text-price', pointerPrefix: '', role: 'create' },
  'update-text-price': { kind: 'text-price', pointerPrefix: '', role: 'change' },
  'create-data-price': { kind: 'data-price', pointerPrefix: '', role: 'create' },
  'update-data-price': { kind: 'data-price', pointerPrefix: '', role: 'change' },
};

const DOCUMENT_KINDS: readonly KindSlug[] = [
  'roaming-profile', 'destination-group', 'service-profile', 'region', 'voice-price', 'text-price', 'data-price',
];

export function checkSubjectFor(schemaName: SchemaName): CheckSubject | undefined {
  if ((DOCUMENT_KINDS as readonly string[]).includes(schemaName)) {
    return { kind: schemaName as KindSlug, pointerPrefix: '', role: 'document' };
  }
  return REQUEST_SUBJECTS[schemaName];
}
