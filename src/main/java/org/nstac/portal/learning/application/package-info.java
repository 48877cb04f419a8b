/**
 * Learning's services: recording opportunities, fair suggestions, offers and answers, completion (the ledger through
 * {@code Accruals}, the role the member agreed to through the member feature), the member's council record and its
 * section of "Download my data". Every method asks {@link org.nstac.portal.learning.application.LearningPolicy}.
 */
package org.nstac.portal.learning.application;
