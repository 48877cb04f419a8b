package org.nstac.portal.report.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo's published annual report for last year (dev and test only, {@code portal.demo-data=true}), drafted from
 * whatever the portal holds for that year after the other demo data is in, with a foreword by the chair, so that a
 * fresh run shows {@code /annual-report?year=<last year>} to anyone. Seeded once: a year with a report is left alone.
 */
@Singleton
@Startup
@DependsOn("DemoMeetings")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoAnnualReport {

    static final String FOREWORD = "This is the council's report for the year its demo members joined, written for "
            + "the demo: most figures are still zero, and this year's consultations, meetings, tasks and pay will show "
            + "in next year's report. Figures about fewer than three of us are not shown, and none of us is named "
            + "here.";

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    AnnualReports reports;

    @PostConstruct
    void seed() {
        if (demoData) {
            reports.seedDemo(reports.lastYear(), FOREWORD);
        }
    }
}
