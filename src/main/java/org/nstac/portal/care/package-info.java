/**
 * Care around the work (issue 20): a member asks for support at any time, about a meeting, a task, a consultation or
 * nothing in particular, without telling any story; the request reaches the meeting's support person or the
 * secretariat's support duty, who acknowledge it, and the chair when nobody has within the time its urgency allows.
 * Only the member and the people it reached ever see it.
 */
package org.nstac.portal.care;
