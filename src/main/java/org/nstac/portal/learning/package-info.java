/**
 * Learning and retraining (issue 19): opportunities the secretariat records (training, courses, retraining), offered
 * to members as fairly as tasks, accepted or declined without a reason, completed on the member's council record;
 * paid learning time goes to the ledger through {@code Accruals} at the rate card's learning hour.
 */
package org.nstac.portal.learning;
