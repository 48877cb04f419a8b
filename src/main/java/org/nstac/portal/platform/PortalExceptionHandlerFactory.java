package org.nstac.portal.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * OmniFaces' {@link FullAjaxExceptionHandler} (an Ajax request that fails shows the error page too), with one
 * addition: when the database is out of reach, the page shown is the "try again in a moment" page
 * ({@code WEB-INF/errors/503.xhtml}), as for a full page request ({@link OutageFilter}).
 */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new OutageAwareHandler(getWrapped().getExceptionHandler());
    }

    static final class OutageAwareHandler extends FullAjaxExceptionHandler {

        OutageAwareHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        protected String findErrorPageLocation(FacesContext context, Throwable exception) {
            if (Outages.databaseUnreachable(exception) || Outages.transientConflict(exception)) {
                context.getExternalContext().getRequestMap().put(Outages.ATTRIBUTE,
                        Outages.databaseUnreachable(exception) ? Outages.DATABASE : Outages.BUSY);
                return "/WEB-INF/errors/503.xhtml";
            }
            return super.findErrorPageLocation(context, exception);
        }
    }
}
