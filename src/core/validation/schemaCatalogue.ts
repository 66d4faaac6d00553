// The one list of everything that has a JSON Schema: the editable document kinds and the request bodies.
// package.json's `contributes.jsonValidation`, the file system provider (file names) and the tests all read it,
// so a kind or body is added here once and nowhere else.

export type Platform = 'sft' | 'telecomx';

export const documentKindSlugs = [
  'roaming-profile',
  'destination-group',
  'service-profile',
  'region',
  'voice-price',
  'text-price',
  'data-price',
] as const;

export type DocumentKindSlug = (typeof documentKindSlugs)[number];

export const requestBodyNames = [
  'sft-login',
  'create-roaming-profile',
  'modify-roaming-profile',
  'delete-roaming-profile',
  'create-destination-group',
  'modify-destination-group',
  'delete-destination-group',
  'create-service-profile',
  'modify-service-profile',
  'delete-service-profile',
  'telecomx-login',
  'create-region',
  'update-region',
  'create-voice-price',
  'update-voice-price',
  'create-text-price',
  'update-text-price',
  'create-data-price',
  'update-data-price',
] as const;

export type RequestBodyName = (typeof requestBodyNames)[number];

/** Anything that can be validated: a document kind or a request body. */
export type SchemaName = DocumentKindSlug | RequestBodyName;

export interface SchemaEntry {
  /** The kind slug or request-body name. */
  readonly name: SchemaName;
  readonly role: 'document' | 'request';
  readonly platform: Platform;
  /** What a file name ends with, e.g. `.region.json`; matched by `*<suffix>` in jsonValidation. */
  readonly fileSuffix: string;
  /** File name under `schemas/`. */
  readonly schemaFile: string;
  /** The schema's `$id`; ajv resolves the relative `$ref`s between the files against it. */
  readonly schemaId: string;
  /** For documents, where the object lives; for request bodies, the call that carries it. */
  readonly endpoint: string;
}

/**
 * Base of every `$id`. The reserved `.invalid` top-level domain makes plain that these are identifiers, never
 * addresses to fetch: VS Code resolves the relative `$ref`s against the schema file itself.
 */
export const schemaIdBase = 'https://roaming-workbench.invalid/schemas/';

export const commonSchemaFile = 'common.schema.json';

const documentEndpoints: Record<DocumentKindSlug, [Platform, string]> = {
  'roaming-profile': ['sft', 'GET /api/GetRoamingProfile'],
  'destination-group': ['sft', 'GET /api/GetDestinationLists'],
  'service-profile': ['sft', 'GET /api/GetServiceProfile'],
  region: ['telecomx', 'GET /roaming/region/ID'],
  'voice-price': ['telecomx', 'GET /roaming/voice/ID'],
  'text-price': ['telecomx', 'GET /roaming/text/ID'],
  'data-price': ['telecomx', 'GET /roaming/data/ID'],
};

const requestEndpoints: Record<RequestBodyName, [Platform, string]> = {
  'sft-login': ['sft', 'POST /api/login'],
  'create-roaming-profile': ['sft', 'POST /api/createRoamingProfile'],
  'modify-roaming-profile': ['sft', 'POST /api/modifyRoamingProfile'],
  'delete-roaming-profile': ['sft', 'POST /api/deleteRoamingProfile'],
  'create-destination-group': ['sft', 'POST /api/createDestinationGroup'],
  'modify-destination-group': ['sft', 'POST /api/modifyDestinationGroup'],
  'delete-destination-group': ['sft', 'POST /api/deleteDestinationGroup'],
  'create-service-profile': ['sft', 'POST /api/CreateServiceProfile'],
  'modify-service-profile': ['sft', 'POST /api/ModifyServiceProfile'],
  'delete-service-profile': ['sft', 'POST /api/DeleteServiceProfile'],
  'telecomx-login': ['telecomx', 'POST /auth/login'],
  'create-region': ['telecomx', 'POST /roaming/region'],
  'update-region': ['telecomx', 'POST /roaming/region/ID'],
  'create-voice-price': ['telecomx', 'POST /roaming/voice'],
  'update-voice-price': ['telecomx', 'POST /roaming/voice/ID'],
  'create-text-price': ['telecomx', 'POST /roaming/text'],
  'update-text-price': ['telecomx', 'POST /roaming/text/ID'],
  'create-data-price': ['telecomx', 'POST /roaming/data'],
  'update-data-price': ['telecomx', 'POST /roaming/data/ID'],
};

function documentEntry(slug: DocumentKindSlug): SchemaEntry {
  const [platform, endpoint] = documentEndpoints[slug];
  const schemaFile = `${slug}.schema.json`;
  return { name: slug, role: 'document', platform, fileSuffix: `.${slug}.json`, schemaFile, schemaId: schemaIdBase + schemaFile, endpoint };
}

function requestEntry(name: RequestBodyName): SchemaEntry {
  const [platform, endpoint] = requestEndpoints[name];
  const schemaFile = `${name}.request.schema.json`;
  return { name, role: 'request', platform, fileSuffix: `.${name}.request.json`, schemaFile, schemaId: schemaIdBase + schemaFile, endpoint };
}

export const documentKinds: readonly SchemaEntry[] = documentKindSlugs.map(documentEntry);
export const requestBodies: readonly SchemaEntry[] = requestBodyNames.map(requestEntry);
export const schemaEntries: readonly SchemaEntry[] = [...documentKinds, ...requestBodies];

const entriesByName = new Map<string, SchemaEntry>(schemaEntries.map((entry) => [entry.name, entry]));

export function isSchemaName(name: string): name is SchemaName {
  return entriesByName.has(name);
}

export function schemaEntry(name: SchemaName): SchemaEntry {
  const entry = entriesByName.get(name);
  if (!entry) throw new Error(`No schema is catalogued under the name "${name}".`);
  return entry;
}

/**
 * The catalogue entry whose suffix the file name ends with. No suffix ends another (a request body's ends in
 * `.request.json`), so at most one matches. Case-sensitive, like the jsonValidation globs.
 */
export function schemaEntryForFileName(fileName: string): SchemaEntry | undefined {
  return schemaEntries.find((entry) => fileName.endsWith(entry.fileSuffix));
}

/**
 * The `contributes.jsonValidation` entries package.json must carry, in catalogue order: the suggestion-only forms
 * (src/core/validation/suggestionSchema.ts), so VS Code's JSON service never shows a rule as a mere warning.
 */
export function jsonValidationContributions(): { fileMatch: string; url: string }[] {
  return schemaEntries.map((entry) => ({ fileMatch: `*${entry.fileSuffix}`, url: `./schemas/editor/${entry.schemaFile}` }));
}
