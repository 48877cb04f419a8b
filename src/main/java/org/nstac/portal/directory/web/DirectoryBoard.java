package org.nstac.portal.directory.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.nstac.portal.directory.application.Directory;
import org.nstac.portal.directory.application.DirectoryCaller;
import org.nstac.portal.directory.domain.DirectoryPolicy;
import org.nstac.portal.directory.domain.EntryDetails;
import org.nstac.portal.directory.domain.ListedEntry;
import org.nstac.portal.directory.domain.Service;
import org.nstac.portal.directory.domain.SpokenLanguage;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The secretariat's directory ({@code /secretariat/directory}): the listed entries (or, with {@code ?stale=true},
 * only those not checked for six months), a form to add an entry or change one, and per entry "checked today" and
 * a removal that asks once more. A refused entry keeps everything typed in the form, with the rule at the top.
 */
@Named
@ViewScoped
public class DirectoryBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Directory directory;

    @Inject
    DirectoryCaller caller;

    @Inject
    FacesMessages messages;

    private boolean staleOnly;
    private List<ListedEntry> entries;
    private long staleCount;
    private Long confirmingRemoval;

    private Long editing;
    private String organisation;
    private List<String> services = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private String area;
    private String phone;
    private String email;
    private String website;
    private String hours;
    private String descriptionEn;
    private String descriptionSr;

    /** Reads the list; on the first request and after every action. */
    public void load() {
        Set<DirectoryPolicy.Visitor> who = caller.visitors();
        entries = staleOnly ? directory.stale(who) : directory.listed(who, Directory.Filter.NONE);
        staleCount = directory.staleCount(who);
    }

    public void save() {
        EntryDetails.Draft draft = new EntryDetails.Draft(organisation, services, languages, area, phone, email,
                website, hours, descriptionEn, descriptionSr);
        try {
            if (editing == null) {
                directory.add(caller.visitors(), caller.login(), draft);
                messages.info("directory.board.added");
            } else {
                directory.change(caller.visitors(), caller.login(), editing, draft);
                messages.info("directory.board.saved");
            }
            clear();
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        } catch (Directory.NotFound gone) {
            messages.error("directory.board.gone");
            editing = null;
        }
        load();
    }

    /** Puts an entry's details in the form. */
    public void edit(long id) {
        confirmingRemoval = null;
        ListedEntry entry = entries.stream().filter(e -> e.id() == id).findFirst().orElse(null);
        if (entry == null) {
            messages.error("directory.board.gone");
            load();
            return;
        }
        EntryDetails d = entry.details();
        editing = id;
        organisation = d.organisation();
        services = new ArrayList<>(entry.services().stream().map(Enum::name).toList());
        languages = new ArrayList<>(entry.languages().stream().map(SpokenLanguage::tag).toList());
        area = d.area();
        phone = d.phone();
        email = d.email();
        website = d.website();
        hours = d.hours();
        descriptionEn = d.descriptionEn();
        descriptionSr = d.descriptionSr();
    }

    public void cancel() {
        clear();
    }

    public void markChecked(long id) {
        confirmingRemoval = null;
        try {
            directory.markChecked(caller.visitors(), caller.login(), id);
            messages.info("directory.board.checked");
        } catch (Directory.NotFound gone) {
            messages.error("directory.board.gone");
        }
        load();
    }

    /** The first click on "Remove": the row asks once more. */
    public void askRemoval(long id) {
        confirmingRemoval = id;
    }

    public void keep() {
        confirmingRemoval = null;
    }

    public void remove(long id) {
        confirmingRemoval = null;
        try {
            directory.remove(caller.visitors(), caller.login(), id);
            messages.info("directory.board.removed");
            if (editing != null && editing == id) {
                clear();
            }
        } catch (Directory.NotFound gone) {
            messages.error("directory.board.gone");
        }
        load();
    }

    private void clear() {
        editing = null;
        organisation = null;
        services = new ArrayList<>();
        languages = new ArrayList<>();
        area = null;
        phone = null;
        email = null;
        website = null;
        hours = null;
        descriptionEn = null;
        descriptionSr = null;
    }

    public List<ListedEntry> getEntries() {
        return entries;
    }

    public long getStaleCount() {
        return staleCount;
    }

    public boolean isConfirming(long id) {
        return confirmingRemoval != null && confirmingRemoval == id;
    }

    public List<String> getServiceChoices() {
        return Arrays.stream(Service.values()).map(Enum::name).toList();
    }

    public List<SpokenLanguage> getLanguageChoices() {
        return List.of(SpokenLanguage.values());
    }

    public int getMaxOrganisation() {
        return EntryDetails.MAX_ORGANISATION;
    }

    public int getMaxArea() {
        return EntryDetails.MAX_AREA;
    }

    public int getMaxHours() {
        return EntryDetails.MAX_HOURS;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public boolean isStaleOnly() {
        return staleOnly;
    }

    public void setStaleOnly(boolean staleOnly) {
        this.staleOnly = staleOnly;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public List<String> getServices() {
        return services;
    }

    public void setServices(List<String> services) {
        this.services = services == null ? new ArrayList<>() : new ArrayList<>(services);
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionSr() {
        return descriptionSr;
    }

    public void setDescriptionSr(String descriptionSr) {
        this.descriptionSr = descriptionSr;
    }
}
