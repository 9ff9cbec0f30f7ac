import BorderFeatures from './BorderFeatures.astro';
import Cite from './Cite.astro';
import CrossingsSection from './CrossingsSection.astro';
import Fact from './Fact.astro';
import KeyDistances from './KeyDistances.astro';
import KeyFacts from './KeyFacts.astro';
import MeasuredLength from './MeasuredLength.astro';
import PageSources from './PageSources.astro';
import PopulationSection from './PopulationSection.astro';
import RegionsSection from './RegionsSection.astro';
import SettlementsSection from './SettlementsSection.astro';
import Timeline from './Timeline.astro';

/** Components the MDX pages may use without importing them. */
export const mdxComponents = {
  BorderFeatures,
  Cite,
  CrossingsSection,
  Fact,
  KeyDistances,
  KeyFacts,
  MeasuredLength,
  PageSources,
  PopulationSection,
  RegionsSection,
  SettlementsSection,
  Timeline,
};
