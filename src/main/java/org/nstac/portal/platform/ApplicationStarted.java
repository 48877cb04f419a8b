package org.nstac.portal.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the portal has finished starting: the migrations ran and the startup singletons (the demo data among them)
 * are done. Payara starts the web module after the EJB module's startup singletons, so the servlet context is
 * initialised last, and that is when this opens.
 *
 * <p>Why it matters: the every-minute timer ({@link JobRunner}) can fire while a slow start (a busy two-core machine
 * took five minutes) is still seeding; a job booking payables then raced the demo seeding's own payables, InnoDB
 * chose the seeding as a deadlock victim, and the deployment failed. Scheduled jobs wait for this instead.
 */
@WebListener
public class ApplicationStarted implements ServletContextListener {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    /** Whether this node's portal has finished starting. */
    public static boolean isStarted() {
        return STARTED.get();
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        STARTED.set(true);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        STARTED.set(false);
    }
}
