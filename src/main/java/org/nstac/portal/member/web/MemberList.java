package org.nstac.portal.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.member.domain.Member;

/** The members by pseudonym, for those who may list them (MemberRules), read once per request. Never an identity field. */
@Named
@RequestScoped
public class MemberList {

    @Inject
    Members members;

    private List<Member> loaded;

    public List<Member> getMembers() {
        if (loaded == null) {
            loaded = members.list();
        }
        return loaded;
    }
}
