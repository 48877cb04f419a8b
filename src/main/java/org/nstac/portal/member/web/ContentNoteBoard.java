package org.nstac.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.nstac.portal.member.application.ContentNotes;
import org.nstac.portal.member.domain.ContentNote;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The administrator's content-note vocabulary ({@code /admin/content-notes}): the list, a form to add a topic and one
 * to correct a topic's labels. Read once per view and again after each change; what was typed stays when a rule
 * refuses it.
 */
@Named
@ViewScoped
public class ContentNoteBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContentNotes notes;

    @Inject
    FacesMessages messages;

    private String code;
    private String labelEn;
    private String labelSr;
    private String editCode;
    private String editEn;
    private String editSr;

    private transient List<ContentNote> list;

    public List<ContentNote> getList() {
        if (list == null) {
            list = notes.list();
        }
        return list;
    }

    public void add() {
        try {
            notes.add(code, labelEn, labelSr);
            messages.info("admin.contentNotes.added");
            code = null;
            labelEn = null;
            labelSr = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        list = null;
    }

    /** Puts a topic's labels into the correction form. */
    public void edit(String chosen) {
        getList().stream().filter(n -> n.code().equals(chosen)).findFirst().ifPresent(n -> {
            editCode = n.code();
            editEn = n.labelEn();
            editSr = n.labelSr();
        });
    }

    public void relabel() {
        try {
            if (editCode == null) {
                throw new DomainRuleViolation("admin.contentNotes.choose");
            }
            notes.relabel(editCode, editEn, editSr);
            messages.info("admin.contentNotes.relabelled");
            editCode = null;
            editEn = null;
            editSr = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        list = null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getLabelSr() {
        return labelSr;
    }

    public void setLabelSr(String labelSr) {
        this.labelSr = labelSr;
    }

    public String getEditCode() {
        return editCode;
    }

    public String getEditEn() {
        return editEn;
    }

    public void setEditEn(String editEn) {
        this.editEn = editEn;
    }

    public String getEditSr() {
        return editSr;
    }

    public void setEditSr(String editSr) {
        this.editSr = editSr;
    }
}
