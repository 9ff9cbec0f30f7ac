import { z } from 'zod';
import { CountryCode, PartialDate, Slug, SourceId, Text } from './common.ts';

/** Who a rule applies to. */
export const Traveller = z.enum(['all-travellers', 'russian-citizens', 'kazakhstan-citizens', 'foreigners', 'children', 'drivers', 'passengers']);

/** Every rule carries its source and the date the source describes. */
const stamped = {
  id: Slug,
  source: SourceId,
  /** Date the source describes the rule as of. */
  asOf: PartialDate,
};

/** A rule stated in a sentence, with optional numbers. */
const Rule = z.object({
  ...stamped,
  /** The rule, the editors' words. */
  text: Text,
  /** Whom it applies to. */
  appliesTo: z.array(Traveller).optional(),
  /** Lowest age it applies from, years (inclusive). */
  ageFrom: z.number().int().nonnegative().optional(),
  /** Age it applies below, years (exclusive). */
  ageUnder: z.number().int().positive().optional(),
  /** A number in the rule (days, months, roubles), with its unit. */
  value: z.number().nonnegative().optional(),
  unit: z.enum(['days', 'months', 'years', 'rub']).optional(),
  /** Whether the number is approximate ("about 500 roubles"). */
  approximate: z.boolean().optional(),
});

/** Visa-free entry in one direction. */
const VisaRule = z.object({
  ...stamped,
  /** Citizens of this country … */
  citizensOf: CountryCode,
  /** … entering this one. */
  entering: CountryCode,
  /** Whether a visa is needed. */
  visaRequired: z.boolean(),
  /** Longest stay without a visa, days. */
  maxStayDays: z.number().int().positive(),
  /** Whether the visa-free stay is open to any purpose (work, business) and not only tourism. */
  anyPurpose: z.boolean(),
  text: Text,
});

/** The migration card: who fills it in and how. */
const MigrationCard = z.object({
  ...stamped,
  /** Who must fill one in, per country of entry. */
  whoFills: z.array(z.object({ country: CountryCode, text: Text, ageAbove: z.number().int().nonnegative().optional() })),
  /** Languages the Kazakh card can be filled in (BCP 47 codes). */
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1),
  /** Whether it costs anything. */
  free: z.boolean(),
  /** Days within which a lost or damaged card must be reported to the migration authorities. */
  reportLossWithinDays: z.number().int().positive(),
  /** How long it must be kept, the editors' words. */
  keep: Text,
  /** How it is handed out by way of travel (bus, own car, train). */
  handedOut: z.array(Rule),
});

/** Registration with the migration authorities during a stay. */
const Registration = z.object({
  ...stamped,
  /** Days a visitor may stay without registering. */
  freeDays: z.number().int().positive(),
  /** Days a registration extends the stay by. */
  extensionDays: z.number().int().positive(),
  /** Longest stay under the visa-free regime, months. */
  maxStayMonths: z.number().int().positive(),
  /** The steps, in order, the editors' words. */
  steps: z.array(Rule).min(1),
  /** What is needed for longer stays. */
  longerStays: Rule,
});

/** A customs allowance: how much of something may cross without a declaration. */
const Allowance = z.object({
  ...stamped,
  /** The goods, the editors' words. */
  item: Text,
  /** The limit. */
  limit: z.number().positive(),
  /** Unit of the limit. */
  unit: z.enum(['usd', 'litres', 'pieces', 'kg']),
  /** Whether the limit is the most allowed, or the amount above which a document is needed. */
  kind: z.enum(['at-most', 'above-needs-document']),
  /** Conditions and extras (duty paid, personal vehicles only), the editors' words. */
  condition: Text.optional(),
});

/** The rules for crossing between Russia and Kazakhstan, as the travel page gives them: one document. */
export const TravelRulesSchema = z.object({
  /** Title in the editors' words. */
  title: Text,
  /** The page (id in sources). */
  source: SourceId,
  /** Date the page describes. */
  asOf: PartialDate,
  /** Visa-free regime, one record per direction. */
  visaRegime: z.array(VisaRule).min(1),
  /** Identity documents accepted and their conditions. */
  documents: z.array(Rule).min(1),
  /** Rules for children. */
  children: z.array(Rule),
  /** When a parent's consent is needed. */
  parentalConsent: z.array(Rule),
  migrationCard: MigrationCard,
  registration: Registration,
  /** Papers a driver shows for the car, besides identity documents. */
  vehicleDocuments: z.array(Rule).min(1),
  /** What happens at the checkpoint, in order. */
  inspectionSequence: z.array(Rule.extend({ step: z.number().int().positive() })).min(1),
  /** Other requirements (health insurance, car insurance). */
  otherRequirements: z.array(Rule),
  /** Grounds on which Kazakhstan may refuse entry. */
  refusalGrounds: z.array(Rule).min(1),
  /** Customs allowances for entering Kazakhstan. */
  customsAllowances: z.array(Allowance).min(1),
  /** Goods that need a prescription or a permit. */
  customsPermits: z.array(Rule),
  /** Goods that may not be brought into Kazakhstan. */
  prohibitedImports: z.array(Rule).min(1),
  /** Goods that may not be taken out of Kazakhstan. */
  prohibitedExports: z.array(Rule).min(1),
});
export type TravelRules = z.infer<typeof TravelRulesSchema>;
