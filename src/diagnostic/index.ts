// The self-assessment (autodiagnostic): a versioned questionnaire, a resumable flow without JavaScript,
// a result with levels, a comparison with similar businesses, next steps, and the contact consent.
export { diagnosticRoutes, type DiagnosticRoutesOptions } from './routes.js';
export type { AidLink, EventLink, GuideLink, NextStepsQuery, NextStepsSources, TestimonialLink } from './next-steps.js';
// The results saved in an account, for the account's data download and deletion.
export { diagnosticPersonalData } from './personal-data.js';
// Indicators for operators and regional partners, and the open data files.
export { diagnosticInsightsPlugin, type DiagnosticInsightsOptions } from './insights-plugin.js';
// The daily anonymisation of results taken without an account.
export { diagnosticJobHandlers, DIAGNOSTIC_RETENTION_JOB, anonymiseOldResults } from './retention.js';
export { seedAssessments, seedResultsOfAccount, type SeedAssessmentsOptions, type SeedCommune } from './seed.js';
export { completedAssessmentTokens, rebuildScoreCounts } from './queries.js';
export type { PostalCodeLocator, Territory } from './postal-code.js';
export { assessmentsAtLastStep, type LastStepFixture } from './bench-fixtures.js';
