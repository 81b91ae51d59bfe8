/**
 * Clusters of multicentre data (centres, hospitals, sites, countries), as regex source text: performance per
 * cluster (heterogeneity_clusters) and updating a model for one (model_updating).
 */

/** plural cluster nouns */
export const CLUSTER = '(?:cent(?:er|re)s|sites|hospitals|countries|clusters|institutions|regions|practices|trusts|health ?systems|health ?boards)';
/** singular cluster nouns */
export const CLUSTER1 = '(?:cent(?:er|re)|site|hospital|country|cluster|institution|region|practice)';
