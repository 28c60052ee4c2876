import type { AppConfig } from '../server/config.js';

/** What the legal pages say about the organisation running this instance, all from its configuration. */
export interface OperatorFacts {
  siteName: string;
  siteUrl: string;
  operatorName: string;
  contactEmail: string;
  dpoEmail: string;
  publicationDirector?: string;
  hostingProvider?: string;
  sourceUrl?: string;
  stateBrand: boolean;
}

export function operatorFacts(config: AppConfig): OperatorFacts {
  return {
    siteName: config.siteName,
    siteUrl: config.publicUrl,
    operatorName: config.operatorName,
    contactEmail: config.contactEmail,
    dpoEmail: config.dpoEmail ?? config.contactEmail,
    publicationDirector: config.publicationDirector,
    hostingProvider: config.hostingProvider,
    sourceUrl: config.sourceUrl,
    stateBrand: config.stateBrand,
  };
}
