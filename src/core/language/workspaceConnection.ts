// Which connection a file of the person's repository is checked against (remote checks, completion, hover,
// Go to Definition). A `roaming:` document knows its connection; a workspace file does not, so:
//   1. a `roaming-manifest.json` (config as code) in the file's folder or a folder above names the account: the
//      known connection with the same platform, base URL and account, else none — never another account;
//   2. otherwise the only connection of the file's platform;
//   3. otherwise none: local checks only.
// Pure Node (reads the manifest from disk); no `vscode` import.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MANIFEST_FILE, normalisedUrl, readManifest, type ConfigManifest } from '../configAsCode/manifest';
import type { ConnectionRecord, PlatformId } from '../http/connection';

export interface WorkspaceBinding {
  readonly connection: ConnectionRecord | undefined;
  /** The remote id the manifest records for this file, when it was exported or applied. */
  readonly objectId?: string;
  /** The folder holding the manifest that decided, if one did. */
  readonly manifestFolder?: string;
}


function sameAccount(manifest: ConfigManifest, connection: ConnectionRecord): boolean {
  const recorded = manifest.connection;
  return recorded.platform === connection.platform
    && normalisedUrl(recorded.baseUrl) === normalisedUrl(connection.baseUrl)
    && (recorded.targetAccountId ?? '') === (connection.targetAccountId ?? '');
}

/** The nearest folder at or above `folder` holding a manifest, not going above `stopAt` when given. */
function nearestManifestFolder(folder: string, stopAt: string | undefined): string | undefined {
  let current = path.resolve(folder);
  const boundary = stopAt === undefined ? undefined : path.resolve(stopAt);
  for (;;) {
    if (fs.existsSync(path.join(current, MANIFEST_FILE))) return current;
    const parent = path.dirname(current);
    if (parent === current || current === boundary) return undefined;
    current = parent;
  }
}

export function bindWorkspaceFile(
  filePath: string, platform: PlatformId, connections: readonly ConnectionRecord[], stopAt?: string,
): WorkspaceBinding {
  const manifestFolder = nearestManifestFolder(path.dirname(filePath), stopAt);
  if (manifestFolder !== undefined) {
    let manifest: ConfigManifest | undefined;
    try {
      manifest = readManifest(manifestFolder);
    } catch {
      // A broken manifest says the folder belongs to some account, but not which: check locally only.
      return { connection: undefined, manifestFolder };
    }
    if (!manifest || manifest.connection.platform !== platform) return { connection: undefined, manifestFolder };
    const connection = connections.find((candidate) => sameAccount(manifest, candidate));
    const relative = path.relative(manifestFolder, filePath).split(path.sep).join('/');
    const objectId = manifest.files[relative]?.id;
    return { connection, manifestFolder, ...(objectId !== undefined && { objectId }) };
  }
  const ofPlatform = connections.filter((connection) => connection.platform === platform);
  return { connection: ofPlatform.length === 1 ? ofPlatform[0] : undefined };
}
