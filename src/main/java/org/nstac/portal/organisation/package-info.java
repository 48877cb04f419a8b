/**
 * Organisations the council works with: ministries that open consultations, and NGOs, donors and unions that
 * observe. A ministry official acts only for their own organisation (later features).
 */
package org.nstac.portal.organisation;
