package org.nstac.portal.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.regex.Pattern;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * A ministry, NGO, donor or union, named in both working languages. A refused code, kind or name is a
 * {@link DomainRuleViolation} (an {@code IllegalArgumentException}) with the rule's message key, so the
 * administrator's page and the API say which.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final String CODE_INVALID = "organisation.code.invalid";
    public static final String KIND_REQUIRED = "organisation.kind.required";
    public static final String NAME_INVALID = "organisation.name.invalid";

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationKind kind;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_sr", nullable = false, length = 200)
    private String nameSr;

    @Version
    private int version;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String code, OrganisationKind kind, String nameEn, String nameSr) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new DomainRuleViolation(CODE_INVALID);
        }
        this.code = code;
        if (kind == null) {
            throw new DomainRuleViolation(KIND_REQUIRED);
        }
        this.kind = kind;
        rename(nameEn, nameSr);
    }

    /** Gives the organisation new names in English and Serbian; both are required. */
    public final void rename(String english, String serbian) {
        String en = requireName(english);
        String sr = requireName(serbian);
        this.nameEn = en;
        this.nameSr = sr;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new DomainRuleViolation(NAME_INVALID, 200);
        }
        return name.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    /** The name in the reader's language: Serbian for {@code sr}, English otherwise. */
    public String nameIn(Locale locale) {
        return "sr".equals(locale.getLanguage()) ? nameSr : nameEn;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameSr() {
        return nameSr;
    }
}
