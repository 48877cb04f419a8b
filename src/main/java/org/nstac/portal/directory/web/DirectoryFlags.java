package org.nstac.portal.directory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.nstac.portal.directory.application.Directory;
import org.nstac.portal.directory.application.DirectoryCaller;
import org.nstac.portal.directory.domain.DirectoryPolicy;

/** What the secretariat's dashboard says about the directory: how many entries wait to be checked again. */
@Named
@RequestScoped
public class DirectoryFlags {

    @Inject
    Directory directory;

    @Inject
    DirectoryCaller caller;

    private Long staleCount;

    /** Listed entries last checked more than six months ago; 0 for anyone who may not see them. */
    public long getStaleCount() {
        if (staleCount == null) {
            staleCount = DirectoryPolicy.allowsAny(caller.visitors(), DirectoryPolicy.Action.SEE_STALE)
                    ? directory.staleCount(caller.visitors()) : 0L;
        }
        return staleCount;
    }
}
