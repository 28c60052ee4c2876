/** What every page needs to know about the request, besides its own data. */
export interface PageContext {
  site: {
    name: string;
    operatorName: string;
    stateBrand: boolean;
    /** "non", "partiellement" or "totalement": the RGAA conformity stated in every footer. */
    accessibility: 'non' | 'partiellement' | 'totalement';
  };
  /** The path of the page, to mark the current navigation entry. */
  path: string;
  user: { displayName: string; role: string } | null;
  csrfToken: string;
  /** A confirmation or error carried over a POST → redirect → GET. */
  flash: Flash | null;
  assets: { css: string; dsfrBase: string };
}

export interface Flash {
  type: 'success' | 'error' | 'info' | 'warning';
  message: string;
}
