package org.nstac.portal.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;

/** The signed-in person's notifications, for the header count and the notifications page. */
@Named
@RequestScoped
public class NotificationList {

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser user;

    private Long unread;

    private List<String> roles() {
        return user.getRoles().stream().map(Role::roleName).toList();
    }

    /** "unread" shows only the notifications not yet read ({@code ?show=unread}); anything else shows all. */
    private String show;
    private String page;
    private org.nstac.portal.platform.Paged<Notification> paged;

    /** The page the address asks for ({@code ?show=unread&page=2}), newest first, twenty to a page. */
    public org.nstac.portal.platform.Paged<Notification> getPaged() {
        if (paged == null) {
            boolean unreadOnly = isUnreadOnly();
            paged = org.nstac.portal.platform.Paged.fetch(notifications.count(user.getName(), roles(), unreadOnly),
                    page, (first, max) -> notifications.page(user.getName(), roles(), unreadOnly, first, max));
        }
        return paged;
    }

    public List<Notification> getItems() {
        return getPaged().items();
    }

    public boolean isUnreadOnly() {
        return "unread".equals(show);
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = "unread".equals(show) ? "unread" : null;
        paged = null;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
        paged = null;
    }

    public long getUnread() {
        if (unread == null) {
            unread = user.isSignedIn() ? notifications.unread(user.getName(), roles()) : 0L;
        }
        return unread;
    }

    public void markAllRead() {
        notifications.markAllRead(user.getName(), roles());
        unread = 0L;
        paged = null;
    }
}
