import type { z } from 'zod';
import { BorderSchema } from './borders.ts';
import { CheckpointListingSchema } from './checkpoint-listings.ts';
import { CrossingSchema } from './crossings.ts';
import { EventSchema } from './events.ts';
import { FeatureNameSchema } from './feature-names.ts';
import { MigrationStudySchema } from './migration-study.ts';
import { PopulationSchema } from './population.ts';
import { RegionSchema } from './regions.ts';
import { SettlementSchema } from './settlements.ts';
import { SourceSchema } from './sources.ts';
import { TransnationalIssuesSchema } from './transnational-issues.ts';
import { TravelRulesSchema } from './travel-rules.ts';

export type { Alias } from './common.ts';
export * from './borders.ts';
export * from './checkpoint-listings.ts';
export * from './crossings.ts';
export * from './events.ts';
export * from './feature-names.ts';
export * from './migration-study.ts';
export * from './population.ts';
export * from './regions.ts';
export * from './settlements.ts';
export * from './sources.ts';
export * from './transnational-issues.ts';
export * from './travel-rules.ts';

interface ListDataset<S extends z.ZodType> {
  /** File name inside `data/`. */
  file: string;
  /** A list of records with unique ids, or one document. */
  shape: 'list';
  schema: S;
}
interface DocumentDataset<S extends z.ZodType> {
  file: string;
  shape: 'document';
  schema: S;
}

/** Every dataset of the atlas: its file, its shape and its schema. The single registry. */
export const DATASETS = {
  sources: { file: 'sources.json', shape: 'list', schema: SourceSchema },
  borders: { file: 'borders.json', shape: 'list', schema: BorderSchema },
  regions: { file: 'regions.json', shape: 'list', schema: RegionSchema },
  settlements: { file: 'settlements.json', shape: 'list', schema: SettlementSchema },
  crossings: { file: 'crossings.json', shape: 'list', schema: CrossingSchema },
  events: { file: 'events.json', shape: 'list', schema: EventSchema },
  population: { file: 'population.json', shape: 'list', schema: PopulationSchema },
  checkpointListings: { file: 'checkpoint-listings.json', shape: 'list', schema: CheckpointListingSchema },
  featureNames: { file: 'feature-names.json', shape: 'list', schema: FeatureNameSchema },
  migrationStudy: { file: 'migration-study.json', shape: 'document', schema: MigrationStudySchema },
  transnationalIssues: { file: 'transnational-issues.json', shape: 'document', schema: TransnationalIssuesSchema },
  travelRules: { file: 'travel-rules.json', shape: 'document', schema: TravelRulesSchema },
} as const satisfies Record<string, ListDataset<z.ZodType> | DocumentDataset<z.ZodType>>;

export type DatasetName = keyof typeof DATASETS;

/** The validated contents of every dataset. */
export type Atlas = {
  [K in DatasetName]: (typeof DATASETS)[K] extends { shape: 'list'; schema: infer S extends z.ZodType }
    ? z.infer<S>[]
    : (typeof DATASETS)[K] extends { schema: infer S extends z.ZodType }
      ? z.infer<S>
      : never;
};
