import type { APIRoute, GetStaticPaths } from 'astro';
import { MEDIA_TYPES, SCHEMA_DATASETS, jsonSchemaText, schemaName } from '../../../site/downloads/index.ts';

export const getStaticPaths = (() => SCHEMA_DATASETS.map((dataset) => ({ params: { name: schemaName(dataset) } }))) satisfies GetStaticPaths;

/** `/data/schema/<name>.json`: JSON Schema (draft 2020-12) of one dataset file, generated from its zod schema. */
export const GET: APIRoute = ({ params, site }) => new Response(jsonSchemaText(params.name!, site), { headers: { 'Content-Type': MEDIA_TYPES.schema } });
