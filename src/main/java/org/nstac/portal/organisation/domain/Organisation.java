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
import java.util.Objects;
import java.util.regex.Pattern;

/** A ministry, NGO, donor or union, named in both working languages. */
@Entity
@Table(name = "organisation")
public class Organisation {

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
            throw new IllegalArgumentException("An organisation code is 2-40 lower-case letters, digits or dashes");
        }
        this.code = code;
        this.kind = Objects.requireNonNull(kind, "kind");
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
            throw new IllegalArgumentException("An organisation name is 1-200 characters");
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
