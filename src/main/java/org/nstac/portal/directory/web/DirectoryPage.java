package org.nstac.portal.directory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.nstac.portal.directory.application.Directory;
import org.nstac.portal.directory.application.DirectoryCaller;
import org.nstac.portal.directory.domain.ListedEntry;
import org.nstac.portal.directory.domain.Service;
import org.nstac.portal.directory.domain.SpokenLanguage;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The public directory page ({@code /directory}): no sign-in, no form state, no session. The filters are plain
 * GET parameters ({@code ?service=LEGAL&area=Belgrade&language=rom}), so a filtered view can be bookmarked or passed
 * on, and the page holds nothing between requests. A filter value that is not on the lists (an edited address) is
 * ignored rather than refused: the visitor still sees the directory. The entries are read once per request.
 *
 * <p>The view is stateless ({@link #stateless()}): PrimeFaces' CSP mode keeps each view's script nonce in the view map,
 * and a view map of a stateful view lives in the HTTP session, so every Faces page would otherwise start a session
 * (and set a cookie) for a visitor who only reads.
 */
@Named
@RequestScoped
public class DirectoryPage {

    @Inject
    HttpServletRequest request;

    @Inject
    Directory directory;

    @Inject
    DirectoryCaller caller;

    private Directory.Filter filter;
    private List<ListedEntry> entries;
    private List<String> areas;

    /**
     * Makes this view transient: nothing of it is kept after the answer, so no session is started for it. Called as
     * the page's view action, which runs before the render phase (where PrimeFaces asks for the nonce).
     */
    public void stateless() {
        FacesContext.getCurrentInstance().getViewRoot().setTransient(true);
    }

    private Directory.Filter filter() {
        if (filter == null) {
            Service service = parse(() -> Service.parse(request.getParameter("service")));
            SpokenLanguage language = parse(() -> SpokenLanguage.fromTag(request.getParameter("language")));
            String area = request.getParameter("area");
            filter = new Directory.Filter(service,
                    area == null || area.isBlank() ? null : area.strip().replaceAll("\\s+", " "), language);
        }
        return filter;
    }

    private static <T> T parse(java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (DomainRuleViolation notOnTheList) {
            return null;
        }
    }

    public List<ListedEntry> getEntries() {
        if (entries == null) {
            entries = directory.listed(caller.visitors(), filter());
        }
        return entries;
    }

    public List<String> getAreas() {
        if (areas == null) {
            areas = directory.areas(caller.visitors());
        }
        return areas;
    }

    public List<String> getServices() {
        return Arrays.stream(Service.values()).map(Enum::name).toList();
    }

    public List<SpokenLanguage> getLanguages() {
        return List.of(SpokenLanguage.values());
    }

    /** The chosen service's name, or "" for any (what the select shows). */
    public String getService() {
        return filter().service() == null ? "" : filter().service().name();
    }

    public String getArea() {
        return filter().area() == null ? "" : filter().area();
    }

    public String getLanguage() {
        return filter().language() == null ? "" : filter().language().tag();
    }

    /** Whether any filter is on (the page then offers to clear them). */
    public boolean isFiltered() {
        return !Directory.Filter.NONE.equals(filter());
    }
}
