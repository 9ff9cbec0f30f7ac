/**
 * JSON Schema of every dataset, generated from its zod schema.
 */
import { z } from 'zod';
import { DATASETS, type DatasetName } from '../../schemas/index.ts';

/** `checkpointListings` → `checkpoint-listings`: the dataset's file name in data/ without `.json`. */
export const schemaName = (dataset: DatasetName): string => DATASETS[dataset].file.replace(/\.json$/, '');

export const SCHEMA_DATASETS = Object.keys(DATASETS) as DatasetName[];

const datasetOfSchema = (name: string): DatasetName => {
  const dataset = SCHEMA_DATASETS.find((d) => schemaName(d) === name);
  if (!dataset) throw new Error(`no dataset with schema name "${name}"`);
  return dataset;
};

/**
 * JSON Schema (draft 2020-12) of one dataset file, generated from its zod schema. `io: 'input'`
 * describes the file as written (fields with defaults are optional); a list dataset is an array of records.
 */
export function jsonSchema(name: string, site?: URL | string): Record<string, unknown> {
  const dataset = datasetOfSchema(name);
  const { file, shape, schema } = DATASETS[dataset];
  const root = shape === 'list' ? z.array(schema as z.ZodType) : (schema as z.ZodType);
  const { $schema, ...rest } = z.toJSONSchema(root, { target: 'draft-2020-12', io: 'input' });
  const path = `/data/schema/${name}.json`;
  return {
    $schema,
    ...(site === undefined ? {} : { $id: new URL(path, site).href }),
    title: `Kazakhstan Border Atlas: ${file}`,
    description: shape === 'list' ? `The ${file} dataset: a list of records with unique ids.` : `The ${file} dataset: one document.`,
    ...rest,
  };
}

export function jsonSchemaText(name: string, site?: URL | string): string {
  return `${JSON.stringify(jsonSchema(name, site), null, 2)}\n`;
}
