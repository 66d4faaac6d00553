// `roaming:/<connection>/<folder>/<id>.<kind>.json`: the path carries the object's identity and the file name
// ends in its kind, so VS Code's JSON service picks the kind's schema by suffix (contributes.jsonValidation).
// New, unsaved objects are `…/new-<n>.<kind>.json`. Pure: no `vscode` import, tested in plain Node.

export const ROAMING_SCHEME = 'roaming';

export interface RoamingPath {
  readonly connectionId: string;
  readonly folder: string;
  readonly kindSlug: string;
  /** The remote id, or undefined for a new object. */
  readonly id: string | undefined;
  /** `new-<n>` for a new object. */
  readonly draftName?: string;
}

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

export function formatRoamingPath(path: RoamingPath): string {
  const stem = path.id !== undefined ? encodeURIComponent(path.id) : path.draftName;
  if (!stem) throw new Error('a roaming document needs an id or a draft name');
  return `/${path.connectionId}/${path.folder}/${stem}.${path.kindSlug}.json`;
}

/** Parses a `roaming:` URI path; `undefined` when it is not one of ours. */
export function parseRoamingPath(uriPath: string): RoamingPath | undefined {
  const parts = uriPath.split('/');
  if (parts.length !== 4 || parts[0] !== '') return undefined;
  const [, connectionId, folder, fileName] = parts;
  if (!SEGMENT.test(connectionId) || !SEGMENT.test(folder)) return undefined;
  const match = /^(.+)\.([a-z-]+)\.json$/.exec(fileName);
  if (!match) return undefined;
  const [, stem, kindSlug] = match;
  const draft = /^new-\d+$/.exec(stem);
  if (draft) return { connectionId, folder, kindSlug, id: undefined, draftName: stem };
  let id: string;
  try {
    id = decodeURIComponent(stem);
  } catch {
    return undefined;
  }
  return { connectionId, folder, kindSlug, id };
}
