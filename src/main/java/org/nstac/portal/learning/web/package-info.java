/** Learning's pages: the secretariat's board (opportunities, suggestions, offers, completion); the member's offers and record. */
package org.nstac.portal.learning.web;
