// The language features on roaming files (`roaming:` documents and workspace files with the kinds' and request
// bodies' suffixes): live diagnostics (the schema's and the domain's), completion, hover and Go to Definition on
// references, quick fixes. The JSON service completes and explains from the schemas (enums, descriptions,
// snippets: schemas/editor/, which judge nothing); these add what needs the domain or the remote.
import * as vscode from 'vscode';
import type { ClientRegistry } from '../connections/clientRegistry';
import type { ConnectionStore } from '../connections/connectionStore';
import type { RoamingDocuments } from '../documents/roamingDocuments';
import { ROAMING_SCHEME } from '../../core/documents/roamingUri';
import { bundledSchemaValidator } from '../../core/validation/bundledSchemas';
import type { CachedReads } from '../../core/platforms/readCache';
import { FileContexts, LANGUAGE_SELECTOR } from './fileContexts';
import { LiveDiagnostics } from './liveDiagnostics';
import { QuickFixProvider } from './quickFixProvider';
import { ReferenceCompletionProvider } from './referenceCompletion';
import { ReferenceDefinitionProvider } from './referenceDefinition';
import { ReferenceHoverProvider } from './referenceHover';
import { ReferenceInlayHints } from './referenceInlayHints';

export interface LanguageFeatureDependencies {
  readonly store: ConnectionStore;
  readonly clients: ClientRegistry;
  readonly documents: RoamingDocuments;
  /** The collection the push pipeline reports into: one place for a document's domain problems. */
  readonly diagnostics: vscode.DiagnosticCollection;
  /** Shared with the push pipeline: a save right after a live check reads nothing twice. */
  readonly reads: CachedReads;
}

/** Returns what the editor's commands need (Add Operators…): which file is checked against what. */
export function registerLanguageFeatures(context: vscode.ExtensionContext, deps: LanguageFeatureDependencies): { contexts: FileContexts } {
  const contexts = new FileContexts(deps.store, deps.documents);
  const { reads } = deps;
  const validator = bundledSchemaValidator();
  const live = new LiveDiagnostics({
    contexts, reads, validator, diagnostics: deps.diagnostics,
    isSignedIn: (connectionId) => deps.clients.isSignedIn(connectionId),
  });

  context.subscriptions.push(
    live,
    vscode.languages.registerCompletionItemProvider(LANGUAGE_SELECTOR, new ReferenceCompletionProvider(contexts, reads), '"'),
    vscode.languages.registerHoverProvider(LANGUAGE_SELECTOR, new ReferenceHoverProvider(contexts, reads)),
    vscode.languages.registerInlayHintsProvider(LANGUAGE_SELECTOR, new ReferenceInlayHints(contexts, reads)),
    vscode.languages.registerDefinitionProvider(LANGUAGE_SELECTOR, new ReferenceDefinitionProvider(contexts, reads, deps.documents)),
    vscode.languages.registerCodeActionsProvider(LANGUAGE_SELECTOR, new QuickFixProvider(contexts, live, reads, validator), QuickFixProvider.metadata),
    // Signed in (by opening an object, completing, hovering): the remote rules can now run on the open files.
    deps.clients.onDidChangeSession(() => live.checkAllOpen()),
    deps.store.onDidChange(() => {
      reads.forgetAll();
      live.checkAllOpen();
    }),
    // A push changed the remote: ask again rather than judge the next edit by what it was before.
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document.uri.scheme !== ROAMING_SCHEME) return;
      const connectionId = document.uri.path.split('/')[1];
      if (connectionId) reads.forget(connectionId);
    }),
  );  return { contexts };
}
