// "Adding a kind is one module and one registry line": an eighth kind, made here in memory and added to the
// registry, is listed for its platform, accepted by the command line, ordered after the kind it refers to,
// judged by the editor as a document, and planned and applied from a folder — with a new destination group it
// names by file created first. Nothing but the kind module and its registry line is written for it.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { applyPlan, planFolder } from '../../../../src/core/configAsCode';
import { compareApplyOrder } from '../../../../src/core/configAsCode/applyOrder';
import { parseCommandLine } from '../../../../src/cli/commandLine';
import { checkSubjectFor } from '../../../../src/core/language/checkSubjects';
import { addKindForTest, kindsOfPlatform } from '../../../../src/core/platforms/registry';
import type { DocumentProblem, ResourceKind, WritePlan } from '../../../../src/core/platforms/resourceKind';
import type { SchemaName } from '../../../../src/core/validation/schemaCatalogue';
import { removeTemporaryFolders, temporaryFolder, writeJson } from '../configAsCode/support/folders';
import { SandboxHarness } from './support/sandboxClients';

interface Widget { readonly id: string; readonly name: string; readonly destinationGroupId: string }
type WidgetDocument = Omit<Widget, 'id'>;

/** The whole kind: a remote of its own (in memory), a document, checks and plans. */
function widgetKind(store: Map<string, Widget>): ResourceKind<Widget, WidgetDocument> {
  const toDocument = (remote: Widget): WidgetDocument => ({ name: remote.name, destinationGroupId: remote.destinationGroupId });
  const plan = (action: WritePlan['action'], name: string, id?: string): WritePlan => ({
    kind: 'test-widget', action, name, ...(id !== undefined && { id }), requests: [{ method: 'POST', path: `/api/${action}Widget` }], summary: `${action} widget ${name}`,
  });
  return {
    slug: 'test-widget', platform: 'sft', folder: 'test-widgets', singular: 'Widget', plural: 'Widgets', icon: 'symbol-misc', pagedRemotely: false,
    references: [{ pointer: '/destinationGroupId', target: 'destination-group', mayNameFile: true }],
    requestBodies: [],
    list: async () => ({ items: [...store.values()] }),
    get: async (_client, id) => store.get(id),
    idOf: (remote) => remote.id,
    nameOf: (remote) => remote.name,
    identityOf: (document) => String(document.name).trim().toLowerCase(),
    present: (remote) => ({ label: remote.name, tooltip: remote.name }),
    toDocument,
    newDocument: () => ({ name: 'New widget', destinationGroupId: '' }),
    checkDocument: (document): DocumentProblem[] => (/^\d+$/.test(String(document.destinationGroupId)) ? [] : [{ pointer: '/destinationGroupId', severity: 'error', message: 'a numeric group id' }]),
    planCreate: (document) => plan('create', document.name),
    planUpdate: (id, remote, document) => (remote.name === document.name && remote.destinationGroupId === document.destinationGroupId ? undefined : plan('update', document.name, id)),
    planDelete: (id, remote) => plan('delete', remote?.name ?? id, id),
    async execute(_client, written, document) {
      const id = written.id ?? String(1000 + store.size);
      if (written.action === 'delete') store.delete(id);
      else store.set(id, { id, ...(document as WidgetDocument) });
      return { status: 'applied', id, message: `${written.action}d widget ${written.name}` };
    },
  };
}

let harness: SandboxHarness;
const store = new Map<string, Widget>();
let removeKind: () => void;

before(async () => {
  harness = await SandboxHarness.start();
  removeKind = addKindForTest(widgetKind(store) as unknown as ResourceKind);
});
after(async () => { removeKind(); await harness.close(); removeTemporaryFolders(); });
beforeEach(async () => { store.clear(); await harness.reset(); });

describe('adding a kind is one module and one registry line', () => {
  it('is listed for its platform and accepted by the command line', () => {
    assert.ok(kindsOfPlatform('sft').some((kind) => kind.slug === 'test-widget'));
    const line = parseCommandLine(['export', '--folder', 'x', '--kinds', 'test-widgets']);
    assert.ok('options' in line && line.options.kinds?.includes('test-widget'));
  });

  it('is ordered after the kind it refers to, and deleted before it', () => {
    const writes = [
      { action: 'delete' as const, kind: 'destination-group', file: 'g-old' }, { action: 'create' as const, kind: 'test-widget', file: 'w' },
      { action: 'create' as const, kind: 'destination-group', file: 'g' }, { action: 'delete' as const, kind: 'test-widget', file: 'w-old' },
    ];
    assert.deepEqual(writes.sort(compareApplyOrder).map((write) => `${write.action} ${write.file}`), ['create g', 'create w', 'delete w-old', 'delete g-old']);
  });

  it('is a document the editor judges by its kind', () => {
    assert.deepEqual(checkSubjectFor('test-widget' as SchemaName), { kind: 'test-widget', pointerPrefix: '', role: 'document' });
  });

  it('is planned and applied from a folder, after a new group it names by file', async () => {
    const folder = temporaryFolder('eighth-kind');
    writeJson(folder, 'destination-groups/Widget Group.destination-group.json', { destinationGroupName: 'Widget Group', tadigCodeList: [{ tadigCode: 'MLTTL', categoryGroupId: '12' }] });
    writeJson(folder, 'test-widgets/First.test-widget.json', { name: 'First', destinationGroupId: '@destination-groups/Widget Group.destination-group.json' });
    const plan = await planFolder(harness.sft, { folder });
    assert.deepEqual(plan.entries.map((entry) => `${entry.action} ${entry.file}`), [
      'create destination-groups/Widget Group.destination-group.json', 'create test-widgets/First.test-widget.json',
    ]);
    const result = await applyPlan(harness.sft, plan);
    assert.deepEqual(result.report.steps.map((step) => step.status), ['applied', 'applied']);
    const groupId = result.report.steps[0].id;
    assert.deepEqual([...store.values()].map((widget) => [widget.name, widget.destinationGroupId]), [['First', groupId]]);
    assert.deepEqual((await planFolder(harness.sft, { folder })).entries.map((entry) => entry.action), ['unchanged', 'unchanged']);
  });
});
