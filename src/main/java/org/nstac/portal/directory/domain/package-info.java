/**
 * The public directory of support services, as rules that need no server: what an entry says and how it is checked
 * ({@link org.nstac.portal.directory.domain.EntryDetails}), the only links it may carry ({@link
 * org.nstac.portal.directory.domain.EntryLinks}), the fixed lists of services and languages ({@link
 * org.nstac.portal.directory.domain.Service}, {@link org.nstac.portal.directory.domain.SpokenLanguage}), when an
 * entry is stale ({@link org.nstac.portal.directory.domain.Freshness}) and who may do what ({@link
 * org.nstac.portal.directory.domain.DirectoryPolicy}).
 *
 * <p>Why it exists: the report the portal answers to recommends an up-to-date, state-level directory of services for
 * people who survived trafficking: legal help, shelter, health and psychosocial care, employment support and union
 * help, in which language and where. The page is public and read by people who may be watched, so nothing about a
 * reader is asked or kept, every text is shown as text (never markup), every link is a plain web, telephone or
 * e-mail link, and an entry nobody has confirmed for six months says so. Rule violations carry a bundle key and the
 * rule's own limit, never what someone typed.
 */
package org.nstac.portal.directory.domain;
