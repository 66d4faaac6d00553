// The editor's verdict on a reference to another file of a config-as-code folder: fine only for a real file of
// the right kind inside the folder — never a path that climbs out of it or a link, even when what it names exists.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { judgeFolderReferences } from '../../../../src/core/language/folderReferenceChecks';
import { removeTemporaryFolders, temporaryFolder, writeJson } from '../configAsCode/support/folders';

after(removeTemporaryFolders);

const SUBJECT = { kind: 'roaming-profile', pointerPrefix: '', role: 'document' } as const;

function verdict(folder: string, reference: string): string[] {
  const document = { roamingProfileName: 'P', destinationGroupId: reference, status: '1' };
  return judgeFolderReferences([], document, SUBJECT, folder).map((problem) => problem.code ?? problem.message);
}

describe('folder references in the editor', () => {
  const workspace = temporaryFolder('editor-references');
  const folder = path.join(workspace, 'config');
  writeJson(folder, 'destination-groups/Malta.destination-group.json', { destinationGroupName: 'Malta', tadigCodeList: [] });
  writeJson(workspace, 'outside/destination-groups/Planted.destination-group.json', { destinationGroupName: 'Planted', tadigCodeList: [] });
  fs.symlinkSync(path.join(workspace, 'outside/destination-groups/Planted.destination-group.json'), path.join(folder, 'destination-groups/Linked.destination-group.json'));

  it('accepts a real group file of the folder', () => {
    assert.deepEqual(verdict(folder, '@destination-groups/Malta.destination-group.json'), []);
    assert.deepEqual(verdict(folder, '@./destination-groups\\Malta.destination-group.json'), []);
  });

  it('refuses a path out of the folder and a link, though both name an existing file', () => {
    assert.ok(fs.existsSync(path.join(folder, '../outside/destination-groups/Planted.destination-group.json')));
    assert.deepEqual(verdict(folder, '@../outside/destination-groups/Planted.destination-group.json'), ['folder-reference-missing']);
    assert.deepEqual(verdict(folder, '@destination-groups/../../outside/destination-groups/Planted.destination-group.json'), ['folder-reference-missing']);
    assert.deepEqual(verdict(folder, `@${path.join(workspace, 'outside/destination-groups/Planted.destination-group.json')}`), ['folder-reference-missing']);
    assert.deepEqual(verdict(folder, '@destination-groups/Linked.destination-group.json'), ['folder-reference-missing']);
  });
});
