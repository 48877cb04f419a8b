package org.nstac.portal.consent.application;

import org.nstac.portal.consent.domain.ConsentPurpose;

/**
 * Fired, inside the transaction that records it, when a member withdraws a consent: features that rely on the consent
 * (a seat at a public event, say) let go at once, and the member never has to ask twice.
 */
public record ConsentWithdrawn(String memberRef, ConsentPurpose purpose) {
}
