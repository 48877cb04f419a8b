/** {@code /api/learning}, {@code /api/learning-offers}, {@code /api/me/record}. */
package org.nstac.portal.learning.api;
