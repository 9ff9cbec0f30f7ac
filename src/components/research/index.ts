import BorderIssues from './BorderIssues.astro';
import SmugglingCosts from './SmugglingCosts.astro';
import StudyArea from './StudyArea.astro';
import StudyChart from './StudyChart.astro';
import StudyFigures from './StudyFigures.astro';
import StudyMethod from './StudyMethod.astro';
import StudyPlaces from './StudyPlaces.astro';
import StudyRecommendations from './StudyRecommendations.astro';
import StudyRoutes from './StudyRoutes.astro';
import StudyValue from './StudyValue.astro';
import TransnationalFigures from './TransnationalFigures.astro';
import TransnationalTable from './TransnationalTable.astro';

/** Components the research and transnational-issues MDX pages use without importing them. */
export const researchComponents = {
  BorderIssues,
  SmugglingCosts,
  StudyArea,
  StudyChart,
  StudyFigures,
  StudyMethod,
  StudyPlaces,
  StudyRecommendations,
  StudyRoutes,
  StudyValue,
  TransnationalFigures,
  TransnationalTable,
};
