// One resource kind = one module that knows everything vendor-specific about it. The VS Code layer (tree,
// documents, commands) and the command line only ever talk to kinds through this interface, so adding a kind
// is one file plus one line in `registry.ts`.
import type { ApiRequest, CallOptions, PlatformClient, WriteOutcome } from '../http/types';
import type { PlatformId } from '../http/connection';

/**
 * A kind's slug (`roaming-profile`, `region`…): the kinds are what the registry holds (`registry.ts`), so the
 * slug is a string, not a list written here.
 */
export type KindSlug = string;

/** A field of a document that names another object by its id. */
export interface KindReference {
  /** JSON pointer to the field; a `*` part stands for every entry of a list. */
  readonly pointer: string;
  readonly target: KindSlug;
  /**
   * In a config-as-code folder the field may name the target's file instead (`"@destination-groups/….json"`),
   * so that both are created in one apply. A field inside a list entry (a `*` in the pointer) may too: a create
   * whose entry names a file created after it (or itself) goes out without that entry, which a second request adds.
   */
  readonly mayNameFile?: boolean;
}

/** What an account needs to read one object of the kind and to write it (TelecomX access levels). */
export interface KindAccess {
  /** The level needed to open one object (`get`); the list may be open to lower levels. */
  readonly read: string;
  readonly write: string;
  /** Whether an account of `level` has `needed` or more. */
  hasAtLeast(level: string, needed: string): boolean;
}

/** A request body (a schema of the catalogue) that carries this kind's object, for the editor's checks. */
export interface KindRequestBody {
  readonly schema: string;
  /** JSON pointer to the object inside the body (`''` when the body is the object). */
  readonly pointerPrefix: string;
  /** `create`: every field is there; `change`: only the fields that change (modify/update). */
  readonly role: 'create' | 'change';
}

/** What a kind needs from the shared client (declared with it, in src/core/http/types.ts). */
export type { PlatformClient } from '../http/types';

export interface ListQuery {
  /** Server-side filter where the API has one (TelecomX `filter`); otherwise applied by the caller. */
  readonly filter?: string;
  readonly offset?: number;
  readonly limit?: number;
}

export interface ListPage<TRemote> {
  readonly items: readonly TRemote[];
  /** Total matches when the API pages (TelecomX regions). */
  readonly total?: number;
  /** Offset of the next page, when there is one. */
  readonly nextOffset?: number;
}

/** A write, fully planned before anything is sent, so the person can see exactly what will happen. */
export interface WritePlan {
  readonly kind: KindSlug;
  readonly action: 'create' | 'update' | 'delete';
  /** The object's id (update, delete). */
  readonly id?: string;
  /** The object's name as people know it. */
  readonly name: string;
  /** Exactly what will be sent, in order. Credentials are added by the client and never shown. */
  readonly requests: readonly ApiRequest[];
  /** One line: "Add 2 operators to and remove 1 from EU Core". */
  readonly summary: string;
}

/** What a kind's presentation needs of the connection: the currency its prices are in (TelecomX). */
export interface PresentationContext {
  readonly currency?: string;
}

/** How an item shows in the tree. */
export interface ItemPresentation {
  readonly label: string;
  /** Short, after the label: the id, and a key fact. */
  readonly description?: string;
  /** Markdown: the key fields (status, services and RAT, prices with margins…). */
  readonly tooltip: string;
}

/** A problem with a document, tied to a place in it; becomes a diagnostic. */
export interface DocumentProblem {
  /** JSON pointer into the document (`''` for the whole document). */
  readonly pointer: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** A stable code for quick fixes, e.g. `accessType-missing`. */
  readonly code?: string;
}

/** A child of an item in the tree that helps a person follow a reference. */
export interface RelatedItem {
  readonly label: string;
  readonly description?: string;
  /** Markdown. */
  readonly tooltip?: string;
  /** Codicon id. */
  readonly icon: string;
  /** The referenced object: selecting the child opens it. */
  readonly target?: { readonly kind: KindSlug; readonly id: string };
  /** An operator network (SFT): its node lists the destination groups that contain it. */
  readonly network?: { readonly tadigCode: string; readonly categoryGroupId: string };
  /**
   * A folder of further related items (a profile's networks by country, "Used by"): shown collapsed, its
   * children already known. Absent: a leaf.
   */
  readonly children?: readonly RelatedItem[];
  /**
   * A folder whose children cost reads ("Used by" reads the plans and ratezones): read only when the person expands
   * it, so expanding the object itself stays one read. The item it resolves to replaces this one.
   */
  readonly load?: () => Promise<RelatedItem>;
}

/** Something that uses an object (a roaming profile on a group, a plan on a profile…), as a change reaches it. */
export interface UsedBy {
  /** A kind's slug, or a lookup that is not a kind (`rate-plan`, `ratezone`). */
  readonly kind: string;
  readonly id: string;
  readonly name: string;
  /** How the user is reached, in a few words (`DEFAULT profile`, `plan`…). */
  readonly what: string;
}

/** What a planned write reaches beyond the object itself, read from the remote before anything is sent. */
export interface WriteImpact {
  /** Sentences a person reads in the confirmation and in `plan`: "adds MLTGO/12 to DEFAULT profile 3001 …". */
  readonly lines: readonly string[];
  /**
   * A delete: what still uses the object. The platform refuses such a delete, so callers send nothing while any is
   * left (unless it is deleted first in the same run).
   */
  readonly usedBy?: readonly UsedBy[];
}

/** A read-only list of the account shown as a tree folder (SFT rate plans, ratezones): no documents, no writes. */
export interface ReadOnlyList {
  readonly platform: PlatformId;
  /** Tree folder key: `rate-plans`. */
  readonly folder: string;
  readonly plural: string;
  readonly icon: string;
  /** What the folder holds, for its tooltip. */
  readonly about: string;
  list(client: PlatformClient, options?: CallOptions): Promise<readonly ReadOnlyEntry[]>;
}

export interface ReadOnlyEntry {
  readonly id: string;
  readonly presentation: ItemPresentation;
  /** Its references (a plan's group, profile, service profile and ratezones), as tree children. */
  readonly related: readonly RelatedItem[];
}

/** The remote object a document edits: its id, and its state when it was read (unknown for a workspace file). */
export interface KnownObject<TRemote = unknown> {
  readonly id?: string;
  readonly remote?: TRemote;
}

export interface ResourceKind<TRemote = unknown, TDocument = unknown> {
  readonly slug: KindSlug;
  readonly platform: PlatformId;
  /** URI folder and tree folder key: `roaming-profiles`. */
  readonly folder: string;
  readonly singular: string;
  readonly plural: string;
  /** Codicon id for the tree. */
  readonly icon: string;
  /** True when `list` pages on the server (a "Load more" node pages on). */
  readonly pagedRemotely: boolean;
  /**
   * The fields that name other objects. They decide the order writes go out in (what is named is created first,
   * deleted last) and which fields may name a file of a folder.
   */
  readonly references: readonly KindReference[];
  /**
   * An id no object of this kind has, shaped like its ids (so a document naming it passes the kind's checks):
   * what a plan puts where the id of an object still to be created will go (one per object, `index` from 0).
   * Absent: a numeric id (SFT's shape).
   */
  readonly placeholderId?: (index: number) => string;
  /**
   * Kinds whose objects a write of this one changes or shows differently (a destination group's edit reaches its
   * DEFAULT profiles and changes whether a CUSTOM profile differs from it): what shows them follows the write too.
   */
  readonly alsoChanges?: readonly KindSlug[];
  /** The request bodies (schema names) that carry this kind's object. */
  readonly requestBodies: readonly KindRequestBody[];
  /** The access levels its reads and writes need, on a platform that has levels (TelecomX); absent: any account. */
  readonly access?: KindAccess;

  list(client: PlatformClient, query: ListQuery, options?: CallOptions): Promise<ListPage<TRemote>>;
  /** `undefined` when the remote has no such object. */
  get(client: PlatformClient, id: string, options?: CallOptions): Promise<TRemote | undefined>;

  idOf(remote: TRemote): string;
  nameOf(remote: TRemote): string;
  present(remote: TRemote, context?: PresentationContext): ItemPresentation;
  /**
   * Children that follow references: a destination group's operators, a roaming profile's destination group, a
   * region's prices. May read the remote (e.g. the full group when the list held names only). Absent = leaf.
   */
  related?(client: PlatformClient, remote: TRemote, options?: CallOptions): Promise<RelatedItem[]>;
  /**
   * Facts only the tree shows, read after the list in as few calls as possible (a roaming profile's group, to say
   * whether it differs from it): the same items, richer. A failure leaves the items as listed.
   */
  enrich?(client: PlatformClient, items: readonly TRemote[], options?: CallOptions): Promise<TRemote[]>;
  /**
   * What a planned write reaches beyond the object (the profiles following a group, what still uses an object
   * being deleted), for the push confirmation, the delete command and `plan`. Absent: nothing beyond it.
   */
  impactOf?(client: PlatformClient, plan: WritePlan, options?: CallOptions): Promise<WriteImpact>;

  /**
   * What names one object besides its id, as a comparable key: two files with the same identity describe one
   * object, and two remote objects with it are duplicates (SFT refuses a second name; TelecomX allows two regions
   * with the same names on one network, which is how a create whose answer never came but landed late shows up).
   * Only asked of documents that passed the kind's checks.
   */
  identityOf(document: TDocument): string;
  /** The editable form: fields a person can change, names as the API uses them, stable key order. */
  toDocument(remote: TRemote): TDocument;
  /** A new document filled with the kind's snippet defaults. */
  newDocument(): TDocument;
  /**
   * Rules a schema cannot express, checked without the network (the remote object is given for an edit).
   * Rules that need the remote are `checkRemotely`.
   */
  checkDocument(document: TDocument, remote: TRemote | undefined): DocumentProblem[];
  /**
   * Rules that need the remote (an unknown TADIG or supplier, an unknown destination group, a RAT downgrade of an
   * attached service profile, a second homeland region…), each once, with one code and one message: the editor's
   * diagnostics, the save gate, `plan` and `execute` all call this. Any JSON object may be given (the editor asks
   * while the person types): what is malformed is `checkDocument`'s to report. `known`: the object the document
   * edits, when it is one. Callers that check more than one
   * document pass a client whose reads are cached, so one save or one plan reads each list once.
   */
  checkRemotely?(client: PlatformClient, document: TDocument, known: KnownObject<TRemote> | undefined, options?: CallOptions): Promise<DocumentProblem[]>;
  /**
   * The same rules for a request body that changes only some fields (a modify or update body, in a file of the
   * person's repository): what the body leaves out is not judged as removed. Without it, the body is checked as
   * a document by `checkRemotely`.
   */
  checkChangeRemotely?(client: PlatformClient, body: unknown, options?: CallOptions): Promise<DocumentProblem[]>;

  planCreate(document: TDocument): WritePlan;
  /** `undefined` when the document holds no change: nothing to push. */
  planUpdate(id: string, remote: TRemote, document: TDocument): WritePlan | undefined;
  planDelete(id: string, remote: TRemote | undefined): WritePlan;

  /**
   * Sends the plan. Never retries a write blindly: when the answer leaves it unclear whether the write happened
   * (10239/10240, timeout, dropped connection, server error), reads the remote back (by id, or by name for a
   * create) and reports applied, not applied, or unknown. Rejects with `RemoteError` when the vendor refused.
   */
  execute(client: PlatformClient, plan: WritePlan, document: TDocument | undefined, options?: CallOptions): Promise<WriteOutcome>;
}
