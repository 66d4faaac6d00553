// Validation speed with the extension's own compiled schemas (src/core/validation). Throughput validates parsed
// documents, as the push gate does before anything is sent; the large document goes through checkJsonText, as
// the editor does on every change: parse the text, validate, map each problem's JSON pointer to a text range.
import { bundledSchemaValidator } from '../../src/core/validation/bundledSchemas';
import { checkJsonTextBounded } from '../../src/core/validation/checkJsonText';
import { MAX_PROBLEMS_PER_FILE } from '../../src/core/validation/problemLimit';
import type { SchemaName } from '../../src/core/validation/schemaCatalogue';
import type { SchemaValidator } from '../../src/core/validation/schemaValidator';
import type { BenchSize } from '../benchSize';
import { FIGURES, measured, type Figure } from '../figures';
import { median } from '../statistics';
import { destinationGroupDocument, largeDestinationGroupText, regionDocument } from './validationDocuments';

/** Distinct documents cycled through, so the figure is not one object validated over and over. */
const VARIANTS = 16;
const REGION_OUTBOUND = 30;
const GROUP_OPERATORS = 200;
/** One operator in this many has a malformed TADIG code in the large document. */
const LARGE_DOCUMENT_BAD_EVERY = 100;

function documentsPerSecond(validator: SchemaValidator, name: SchemaName, documents: readonly unknown[], sampleMs: number): number {
  let count = 0;
  const startedAt = performance.now();
  let elapsed = 0;
  do {
    // Check the clock once per pass over the variants: reading it costs more than a small validation.
    for (const document of documents) {
      if (validator.validate(name, document).length !== 0) throw new Error(`a benchmark ${name} document is invalid`);
    }
    count += documents.length;
    elapsed = performance.now() - startedAt;
  } while (elapsed < sampleMs);
  return (count / elapsed) * 1000;
}

function throughput(validator: SchemaValidator, name: SchemaName, documents: readonly unknown[], size: BenchSize): number[] {
  documentsPerSecond(validator, name, documents, size.validationSampleMs); // warm-up: compile and JIT
  return Array.from({ length: size.validationSamples }, () => documentsPerSecond(validator, name, documents, size.validationSampleMs));
}

export function measureValidation(size: BenchSize): Figure[] {
  const validator = bundledSchemaValidator();
  const regions = Array.from({ length: VARIANTS }, (_, variant) => regionDocument(REGION_OUTBOUND, variant));
  const groups = Array.from({ length: VARIANTS }, (_, variant) => destinationGroupDocument(GROUP_OPERATORS, variant));
  const regionRates = throughput(validator, 'region', regions, size);
  const groupRates = throughput(validator, 'destination-group', groups, size);

  const large = largeDestinationGroupText(size.largeDocumentChars, LARGE_DOCUMENT_BAD_EVERY);
  const largeTimes: number[] = [];
  checkJsonTextBounded(large.text, 'destination-group', validator); // warm-up
  for (let run = 0; run < size.largeDocumentRuns; run += 1) {
    const startedAt = performance.now();
    const { problems, omitted } = checkJsonTextBounded(large.text, 'destination-group', validator);
    largeTimes.push(performance.now() - startedAt);
    if (problems.length + omitted !== large.mistakes || problems.length !== Math.min(large.mistakes, MAX_PROBLEMS_PER_FILE)) {
      throw new Error(`the large document has ${large.mistakes} mistakes but ${problems.length} problems were listed and ${omitted} counted`);
    }
  }

  const samples = `median of ${size.validationSamples} sample(s) of ${size.validationSampleMs} ms after a warm-up`;
  const how = (what: string) => `bundledSchemaValidator().validate() on ${VARIANTS} distinct valid parsed ${what}, cycled; ${samples}`;
  const chars = large.text.length.toLocaleString('en-US');
  return [
    measured(FIGURES.validationRegion, median(regionRates), how(`regions with ${REGION_OUTBOUND} outbound voice prices`), size.name, regionRates),
    measured(FIGURES.validationGroup, median(groupRates), how(`destination groups with ${GROUP_OPERATORS} operators`), size.name, groupRates),
    measured(FIGURES.validationLarge, median(largeTimes),
      `checkJsonTextBounded() on a ${chars}-character destination group (${large.operators.toLocaleString('en-US')} operators, 2-space JSON, ${large.mistakes} malformed TADIG codes): parse, validate, count every problem, map the listed ones (at most ${MAX_PROBLEMS_PER_FILE}) to text ranges; median of ${size.largeDocumentRuns} run(s) after a warm-up`,
      size.name, largeTimes),
  ];
}
