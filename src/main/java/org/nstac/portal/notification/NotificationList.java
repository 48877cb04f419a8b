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

    public List<Notification> getItems() {
        return notifications.of(user.getName(), roles(), 100);
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
    }
}
