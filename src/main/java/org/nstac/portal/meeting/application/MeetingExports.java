package org.nstac.portal.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nstac.portal.meeting.domain.Attendance;
import org.nstac.portal.meeting.domain.InvitationState;
import org.nstac.portal.meeting.domain.MeetingAction;
import org.nstac.portal.meeting.infrastructure.AttendanceStore;
import org.nstac.portal.meeting.infrastructure.InvitationRecord;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.meeting.infrastructure.MeetingStore;
import org.nstac.portal.platform.Messages;
import org.nstac.portal.platform.report.TableExport;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.MemberDirectory;

/**
 * Meetings and their attendance as tables to download (CSV) or print (PDF), for the secretariat only
 * ({@link MeetingAction#SEE_ALL}, asked first; anyone else gets "not found"). Members appear by pseudonym; a meeting's
 * place, link and the needs members wrote stay out: an export travels further than a page.
 */
@ApplicationScoped
public class MeetingExports {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    MeetingPolicy policy;

    @Inject
    MeetingStore meetings;

    @Inject
    AttendanceStore attendance;

    @Inject
    MemberDirectory directory;

    @Inject
    Messages messages;

    /** Every meeting, the latest first: kind, times (Belgrade), state, and how many were invited, accepted, attended. */
    public TableExport meetings(Locale locale) {
        policy.require(MeetingAction.SEE_ALL);
        List<List<String>> rows = new ArrayList<>();
        for (MeetingRecord m : meetings.all()) {
            List<InvitationRecord> invited = meetings.invitationsOf(m.getId());
            long accepted = invited.stream().filter(i -> i.getState() == InvitationState.ACCEPTED).count();
            long attended = attendance.attendanceOf(m.getId()).values().stream().filter(Attendance::attended).count();
            rows.add(List.of(String.valueOf(m.getId()), m.getTitle(), text(locale, "MeetingKind." + m.getKind()),
                    at(m.getStartsAt()), at(m.getEndsAt()), text(locale, "meeting.state." + m.getState()),
                    String.valueOf(invited.size()), String.valueOf(accepted), String.valueOf(attended)));
        }
        return new TableExport(text(locale, "meeting.export.title"), List.of(text(locale, "meeting.export.zone")),
                List.of(text(locale, "meeting.export.id"), text(locale, "meeting.title"), text(locale, "meeting.kind"),
                        text(locale, "meeting.start"), text(locale, "meeting.end"), text(locale, "meeting.state"),
                        text(locale, "meeting.export.invited"), text(locale, "meeting.export.accepted"),
                        text(locale, "meeting.export.attended")), rows);
    }

    /** One meeting's invitees by pseudonym, with their answer and the attendance recorded (secretariat). */
    public TableExport attendance(long meetingId, Locale locale) {
        policy.require(MeetingAction.SEE_ALL);
        MeetingRecord m = meetings.get(meetingId);
        List<InvitationRecord> invited = meetings.invitationsOf(meetingId);
        Map<String, Attendance> recorded = attendance.attendanceOf(meetingId);
        Map<String, String> names = directory.displayNames(invited.stream().map(InvitationRecord::getMemberRef)
                .toList(), locale);
        List<List<String>> rows = new ArrayList<>();
        for (InvitationRecord i : invited.stream().sorted(java.util.Comparator.comparing(
                (InvitationRecord i) -> names.getOrDefault(i.getMemberRef(), ""), String.CASE_INSENSITIVE_ORDER))
                .toList()) {
            Attendance a = recorded.get(i.getMemberRef());
            rows.add(List.of(names.getOrDefault(i.getMemberRef(), ""),
                    text(locale, "MeetingInvitationState." + i.getState()),
                    a == null ? text(locale, "meeting.export.notRecorded") : text(locale, "MeetingPresence." + a.presence()),
                    a == null || a.hours() == null ? "" : a.hours().toPlainString(),
                    a == null ? "" : text(locale, a.prepared() ? "export.yes" : "export.no"),
                    a == null ? "" : text(locale, a.travelled() ? "export.yes" : "export.no")));
        }
        return new TableExport(text(locale, "meeting.export.attendanceTitle", m.getTitle()),
                List.of(text(locale, "meeting.export.when", at(m.getStartsAt()), text(locale, "MeetingKind." + m.getKind()))),
                List.of(text(locale, "meeting.member"), text(locale, "meeting.invitation.state"),
                        text(locale, "meeting.export.presence"), text(locale, "meeting.attendance.hours"),
                        text(locale, "meeting.export.prepared"), text(locale, "meeting.export.travelled")), rows);
    }

    /**
     * Per month of the period (council's calendar, by the meeting's start), how many members attended at least one
     * meeting (present or partly). Counts only, for the fairness page's chart; the page decides who reads it.
     */
    public Map<java.time.YearMonth, Long> attendeesByMonth(java.time.LocalDate from, java.time.LocalDate to) {
        Map<java.time.YearMonth, java.util.Set<String>> who = new java.util.TreeMap<>();
        for (MeetingRecord m : meetings.all()) {
            java.time.LocalDate day = CouncilClock.dayOf(m.getStartsAt());
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            attendance.attendanceOf(m.getId()).forEach((ref, a) -> {
                if (a.attended()) {
                    who.computeIfAbsent(java.time.YearMonth.from(day), k -> new java.util.HashSet<>()).add(ref);
                }
            });
        }
        Map<java.time.YearMonth, Long> counts = new java.util.TreeMap<>();
        who.forEach((month, members) -> counts.put(month, (long) members.size()));
        return counts;
    }

    private static String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(CouncilClock.ZONE));
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.get(locale, key, args);
    }
}
