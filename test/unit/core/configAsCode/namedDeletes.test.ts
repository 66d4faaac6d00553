// Production deletes are named (issue 17 item 5), the rules the editor's "Allow This Delete…" stands on: which
// skipped entry naming would plan (never a protected one, never off production), the word that allows exactly that
// one entry, the typed name that counts, and which names a later plan of the same folder keeps.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  allowDeleteWord, applyDeletePolicy, deleteNamesToKeep, deleteNeedsName, typedNameProblem,
} from '../../../../src/core/configAsCode/protection';
import type { ConfigManifest } from '../../../../src/core/configAsCode/manifest';
import { countActions, type ConfigPlan, type PlanEntry } from '../../../../src/core/configAsCode/planTypes';

const connection = { name: 'Live', platform: 'sft' as const, baseUrl: 'https://sft.example', username: 'me', environment: 'production' };

const removed = (file: string, kind: PlanEntry['kind'], id: string, name: string, action: 'delete' | 'skipped' = 'delete'): PlanEntry => ({
  action, file, kind, id, name, summary: action === 'delete' ? `Delete ${name}` : 'The file was removed, but deletes are not allowed: it stays. Allow deletes to delete it.',
  ...(action === 'delete' && { writePlan: { requests: [{ method: 'POST', path: '/api/delete', body: { id } }] } as unknown as PlanEntry['writePlan'] }),
});

const planOf = (entries: PlanEntry[]): ConfigPlan => ({
  planVersion: 1, connection, folder: '/tmp/config', createdAt: '2025-01-01T00:00:00Z', allowDeletes: false,
  entries, counts: countActions(entries), notRead: [],
});

const PROFILE = 'roaming-profiles/Malta.roaming-profile.json';
const GROUP = 'destination-groups/Malta.destination-group.json';
const KEPT = 'roaming-profiles/UK Ireland Roaming.roaming-profile.json';

const manifest: ConfigManifest = {
  manifestVersion: 1, connection,
  files: {
    [PROFILE]: { kind: 'roaming-profile', id: '3001' },
    [GROUP]: { kind: 'destination-group', id: '2501' },
    [KEPT]: { kind: 'roaming-profile', id: '3004', protected: true },
  },
};

// Two objects named alike (a profile and a group, both "Malta") and a protected one, all three files removed.
const removedThree = (action: 'delete' | 'skipped' = 'delete') => planOf([
  removed(PROFILE, 'roaming-profile', '3001', 'Malta', action),
  removed(GROUP, 'destination-group', '2501', 'Malta', action),
  removed(KEPT, 'roaming-profile', '3004', 'UK Ireland Roaming', action),
]);

const byFile = (plan: ConfigPlan, file: string): PlanEntry => plan.entries.find((entry) => entry.file === file)!;

describe('production deletes are named, one entry at a time', () => {
  it('a skipped delete on production needs its name; a protected one never does, nor one off production', () => {
    const production = applyDeletePolicy(removedThree(), manifest, { allowDeletes: false, allowDelete: [], production: true });
    assert.deepEqual(production.entries.map((entry) => entry.action), ['skipped', 'skipped', 'skipped']);
    assert.equal(deleteNeedsName(byFile(production, PROFILE), true), true);
    assert.equal(deleteNeedsName(byFile(production, GROUP), true), true);
    assert.equal(byFile(production, KEPT).protected, true);
    assert.equal(deleteNeedsName(byFile(production, KEPT), true), false, 'no name deletes a protected object');

    const test = applyDeletePolicy(removedThree('skipped'), manifest, { allowDeletes: false, allowDelete: [], production: false });
    assert.equal(deleteNeedsName(byFile(test, PROFILE), false), false, 'off production, deletes are allowed as a whole');
    assert.equal(deleteNeedsName({ ...byFile(test, PROFILE), action: 'delete' }, true), false, 'a planned delete needs nothing more');
  });

  it('on production, a delete skipped because deletes were not allowed says it must be named (allowing deletes would not do)', () => {
    const plan = applyDeletePolicy(removedThree('skipped'), manifest, { allowDeletes: false, allowDelete: [], production: true });
    assert.match(byFile(plan, PROFILE).summary, /on a production connection, where deletes are named one by one: add --allow-delete "Malta"/);
    assert.doesNotMatch(byFile(plan, PROFILE).summary, /Allow deletes to delete it/);
    assert.match(byFile(plan, KEPT).summary, /^Protected:/);
    assert.equal(deleteNeedsName(byFile(plan, PROFILE), true), true);
  });

  it('the word for an entry allows exactly that delete, not another object of the same name', () => {
    const word = allowDeleteWord(byFile(removedThree(), GROUP));
    assert.equal(word, GROUP);
    const plan = applyDeletePolicy(removedThree(), manifest, { allowDeletes: false, allowDelete: [word], production: true });
    assert.equal(byFile(plan, GROUP).action, 'delete');
    assert.ok(byFile(plan, GROUP).writePlan, 'the delete is sent');
    assert.equal(byFile(plan, PROFILE).action, 'skipped', 'the profile also named "Malta" stays');
    assert.deepEqual(plan.counts.delete, 1);
    const protectedOne = applyDeletePolicy(removedThree(), manifest, { allowDeletes: false, allowDelete: [allowDeleteWord(byFile(removedThree(), KEPT))], production: true });
    assert.equal(byFile(protectedOne, KEPT).action, 'skipped', 'naming a protected object does not delete it');
  });

  it('only the exact name typed allows the delete', () => {
    const entry = { name: 'UK Ireland Roaming' };
    assert.equal(typedNameProblem('UK Ireland Roaming', entry), undefined);
    for (const typed of ['uk ireland roaming', 'UK Ireland Roaming ', ' UK Ireland Roaming', 'UK Ireland', 'Malta']) {
      assert.match(typedNameProblem(typed, entry) ?? '', /Not its name: type "UK Ireland Roaming" exactly/, JSON.stringify(typed));
    }
    assert.match(typedNameProblem('', entry) ?? '', /Type "UK Ireland Roaming"/);
  });

  it('a later plan keeps the names that still name a removed file, and forgets the deleted and the restored', () => {
    const words = [allowDeleteWord({ file: PROFILE }), allowDeleteWord({ file: GROUP })];
    const before = applyDeletePolicy(removedThree(), manifest, { allowDeletes: false, allowDelete: words, production: true });
    assert.deepEqual(deleteNamesToKeep(before, words), words, 'both still name a removed file');
    // The group was deleted (the state forgets it: no entry), the profile's file was put back (unchanged).
    const after = planOf([
      { action: 'unchanged', file: PROFILE, kind: 'roaming-profile', id: '3001', name: 'Malta', summary: 'Same as the remote' },
      removed(KEPT, 'roaming-profile', '3004', 'UK Ireland Roaming', 'skipped'),
    ]);
    assert.deepEqual(deleteNamesToKeep(after, words), []);
    assert.deepEqual(deleteNamesToKeep(after, []), []);
  });
});
