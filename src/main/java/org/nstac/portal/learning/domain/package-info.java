/**
 * Learning as rules that need no server: an opportunity and its limits ({@link
 * org.nstac.portal.learning.domain.LearningOpportunity}), an offer and its states ({@link
 * org.nstac.portal.learning.domain.LearningOffer}, {@link org.nstac.portal.learning.domain.LearningOfferState}), who
 * may be offered one ({@link org.nstac.portal.learning.domain.LearningEligibility}) and who may do what ({@link
 * org.nstac.portal.learning.domain.LearningRules}).
 */
package org.nstac.portal.learning.domain;
