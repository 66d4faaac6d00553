// The schema files as the extension ships them: imported, so esbuild bundles them into dist/extension.js and the
// validator needs no file access. (Unit tests run unbundled from out/, where these relative imports do not
// resolve; they read the same files from schemas/ instead. A test checks this list against the catalogue.)
import common from '../../../schemas/common.schema.json';
import roamingProfile from '../../../schemas/roaming-profile.schema.json';
import destinationGroup from '../../../schemas/destination-group.schema.json';
import serviceProfile from '../../../schemas/service-profile.schema.json';
import region from '../../../schemas/region.schema.json';
import voicePrice from '../../../schemas/voice-price.schema.json';
import textPrice from '../../../schemas/text-price.schema.json';
import dataPrice from '../../../schemas/data-price.schema.json';
import sftLogin from '../../../schemas/sft-login.request.schema.json';
import createRoamingProfile from '../../../schemas/create-roaming-profile.request.schema.json';
import modifyRoamingProfile from '../../../schemas/modify-roaming-profile.request.schema.json';
import deleteRoamingProfile from '../../../schemas/delete-roaming-profile.request.schema.json';
import createDestinationGroup from '../../../schemas/create-destination-group.request.schema.json';
import modifyDestinationGroup from '../../../schemas/modify-destination-group.request.schema.json';
import deleteDestinationGroup from '../../../schemas/delete-destination-group.request.schema.json';
import createServiceProfile from '../../../schemas/create-service-profile.request.schema.json';
import modifyServiceProfile from '../../../schemas/modify-service-profile.request.schema.json';
import deleteServiceProfile from '../../../schemas/delete-service-profile.request.schema.json';
import telecomxLogin from '../../../schemas/telecomx-login.request.schema.json';
import createRegion from '../../../schemas/create-region.request.schema.json';
import updateRegion from '../../../schemas/update-region.request.schema.json';
import createVoicePrice from '../../../schemas/create-voice-price.request.schema.json';
import updateVoicePrice from '../../../schemas/update-voice-price.request.schema.json';
import createTextPrice from '../../../schemas/create-text-price.request.schema.json';
import updateTextPrice from '../../../schemas/update-text-price.request.schema.json';
import createDataPrice from '../../../schemas/create-data-price.request.schema.json';
import updateDataPrice from '../../../schemas/update-data-price.request.schema.json';
import { createSchemaValidator, type SchemaDocument, type SchemaValidator } from './schemaValidator';

export const bundledSchemaDocuments: readonly SchemaDocument[] = [
  common,
  roamingProfile,
  destinationGroup,
  serviceProfile,
  region,
  voicePrice,
  textPrice,
  dataPrice,
  sftLogin,
  createRoamingProfile,
  modifyRoamingProfile,
  deleteRoamingProfile,
  createDestinationGroup,
  modifyDestinationGroup,
  deleteDestinationGroup,
  createServiceProfile,
  modifyServiceProfile,
  deleteServiceProfile,
  telecomxLogin,
  createRegion,
  updateRegion,
  createVoicePrice,
  updateVoicePrice,
  createTextPrice,
  updateTextPrice,
  createDataPrice,
  updateDataPrice,
] as SchemaDocument[];

let shared: SchemaValidator | undefined;

/** The extension's validator, over the bundled schemas; built on first use. */
export function bundledSchemaValidator(): SchemaValidator {
  shared ??= createSchemaValidator(bundledSchemaDocuments);
  return shared;
}
