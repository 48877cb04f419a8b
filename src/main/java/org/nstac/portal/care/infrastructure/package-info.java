/** Care's tables, read and written here only: {@code support_request}. No rules here. */
package org.nstac.portal.care.infrastructure;
