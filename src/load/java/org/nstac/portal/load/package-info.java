/**
 * The load benchmark of issue 16 ({@code mvn -Pload}, with {@code mvn -Prun} running): Gatling drives the landing
 * page, the consultation page and the comments API with N concurrent users, phase after phase, and prints a table of
 * requests per second, percentiles, errors and the targets; or a soak that compares the portal's heap after a
 * full GC early and late.
 * <p>
 * It lives in {@code src/load/java}, compiled only in Maven's {@code load} profile, so that Gatling stays off the
 * normal build, its tests and the WAR. Figures from it go into {@code docs/performance.md}.
 */
package org.nstac.portal.load;
