/**
 * The text of a draft law as the portal receives it and shows it: importing an uploaded Markdown or Word file into
 * sections, checking that an uploaded PDF is one, and comparing two versions of a draft section by section.
 *
 * <p>Why its own package with no server: uploads are the portal's most exposed input. Whatever arrives (a renamed
 * file, a zip bomb, a huge document) is refused here with a {@link org.nstac.portal.shared.DomainRuleViolation}
 * that carries a message key and the rule's own limit, never the file's content or name. Nothing here produces
 * HTML: pages escape the text and draw the differences themselves.
 */
package org.nstac.portal.consultation.text;
