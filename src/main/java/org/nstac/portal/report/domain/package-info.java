/**
 * The annual report's rules, free of the server: who may do what ({@link org.nstac.portal.report.domain.ReportRules}),
 * when a figure is too small to show ({@link org.nstac.portal.report.domain.SmallNumbers}), the figures themselves
 * ({@link org.nstac.portal.report.domain.AnnualFigures}) and which years and forewords are acceptable.
 */
package org.nstac.portal.report.domain;
