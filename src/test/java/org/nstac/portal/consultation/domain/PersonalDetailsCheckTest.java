package org.nstac.portal.consultation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nstac.portal.consultation.domain.PersonalDetail.EMAIL;
import static org.nstac.portal.consultation.domain.PersonalDetail.FULL_NAME;
import static org.nstac.portal.consultation.domain.PersonalDetail.ID_NUMBER;
import static org.nstac.portal.consultation.domain.PersonalDetail.PERSONAL_STORY;
import static org.nstac.portal.consultation.domain.PersonalDetail.PHONE;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDetailsCheckTest {

    private static Set<PersonalDetail> check(String text) {
        return PersonalDetailsCheck.findIn(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Article 12 should require shelters to provide interpretation within 24 hours.",
        "The Ministry of Justice should fund free legal aid for all survivors from 2025.",
        "Under Article 5 of the Law on Preventing and Combating Trafficking in Human Beings, the Centre for"
                + " Protection should publish annual data.",
        "The Official Gazette of the Republic of Serbia, no. 25/2019, should be cited in Section 3.",
        "Members should be paid within 30 days, not after 5 years of waiting.",
        "Shelters should be open 24/7 and staff should speak at least 3 languages.",
        "The National Referral Mechanism needs 15 000 000 dinars in 2026 and 2027.",
        "The strategy for 2024-2028 lacks indicators; see paragraphs 4.2 and 4.3.",
        "Compare the Council of Europe Convention on Action against Trafficking in Human Beings.",
        "I agree with Sunflower that the deadline in Article 7 is too short.",
        "Survivors often say that the police did not believe them.",
        "When I was reading the draft, I noticed that section 4 has no deadline.",
        "The SOS line 0800 100 600 should be printed in every police station.",
        "The deadline of 05/03/2026 is too early; 05-04-2026 would give us time.",
        "Novi Sad and Niš need shelters too, as do Belgrade and Kragujevac.",
        "Both the European Union and the United Nations recommend this.",
        "NGOs such as La Strada and the Red Cross should be consulted.",
        "The draft follows ISO 27001 and the GDPR, and Law No. 87/2018.",
        "Item 3.1.2 of the Action Plan for 2025 refers to 1,064 cases.",
        "We need a budget of 1.500.000 RSD and 12 social workers by 31.12.2026.",
        "Član 12 treba da obezbedi prevodioca u roku od 24 sata.",
        "Ministarstvo pravde treba da obezbedi besplatnu pravnu pomoć za sve članove saveta.",
        "Predlažem da se u Zakonu o socijalnoj zaštiti doda novi stav 3.",
        "Kada se usvoji ovaj zakon, Republika Srbija treba da izveštava svake godine.",
        "Prema članu 5 Zakona o strancima, rok od 15 dana je prekratak.",
        "ODIHR and OSCE both recommend five years of distance.",
        "Members from Novi Pazar and Stara Pazova could not travel to the meeting.",
        "The GRETA Third Evaluation Round report and the Open Society Foundations study agree.",
        "A survivor from Sub-Saharan Africa should also be heard.",
        "The court case number 1234567890123 is public, unlike 0101990710006 which has the wrong check digit.",
        "Zaštitnik građana i Poverenik za zaštitu ravnopravnosti treba da prate primenu.",
        "Odluka broj 011-00-123/2025-01 je doneta 15. 3. 2026. godine.",
        "Working hours are 08-16, Monday to Friday.",
        "In my experience, interpreters are missing in Niš.",
        "Interpretation Services\nShelters should provide interpreters. Funding Matters too.",
        ""
    })
    void plainPolicyCommentsRaiseNoWarning(String comment) {
        assertEquals(Set.of(), check(comment), comment);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Write to me at lark.survivor@gmail.com if you need more.",
        "moj mejl je ana_99@yahoo.co.uk",
        "Contact: jelena.petrović@primer.rs"
    })
    void emailAddressesAreNoticed(String comment) {
        assertEquals(Set.of(EMAIL), check(comment), comment);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "You can call me on +381 64 123 4567 any time.",
        "My number is 064/123-456.",
        "Pozovite me na 0641234567.",
        "Or +381641234567 after six.",
        "Office line 011 123 4567.",
        "Office line (011) 123-4567.",
        "From abroad: 0038164 123 4567",
        "Ask for me at +381 (0)11 123-4567.",
        "tel. 063 12 34 567"
    })
    void phoneNumbersAreNoticed(String comment) {
        assertEquals(Set.of(PHONE), check(comment), comment);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My JMBG is 0101990710008, if it helps.",
        "Passport number AB1234567 was kept by the employer.",
        "The card P12345678 was never returned."
    })
    void identityAndDocumentNumbersAreNoticed(String comment) {
        assertEquals(Set.of(ID_NUMBER), check(comment), comment);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The case worker, Ana Jović, did not call back.",
        "I spoke with Marko Petrović at the centre.",
        "The shelter run by Jelena Jovanović-Ilić is good.",
        "Razgovarala sam sa Milicom Stanković o tome.",
        "As Dr. Ana Jović explained, the rules are unclear.",
        "This was confirmed by Mr Petrović in writing."
    })
    void fullNamesAreNoticed(String comment) {
        assertEquals(Set.of(FULL_NAME), check(comment), comment);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "When I was in the shelter nobody explained this to me.",
        "I was forced to work without pay, so the wage rules matter.",
        "This happened to me too, and the police did nothing.",
        "My trafficker kept all the documents.",
        "They took my passport at the border.",
        "Kada sam bila u skloništu, niko mi nije objasnio prava.",
        "Kada sam bio na granici, nisu mi verovali.",
        "Bila sam primorana da radim bez plate.",
        "Meni se desilo isto.",
        "Moj trafiker je imao sve moje papire.",
        "Uzeli su mi pasoš na granici.",
        "I MOJ TRAFIKER je to radio."
    })
    void livedExperienceIsNoticed(String comment) {
        assertEquals(Set.of(PERSONAL_STORY), check(comment), comment);
    }

    @Test
    void severalKindsAreNoticedTogether() {
        assertEquals(EnumSet.of(EMAIL, PHONE, FULL_NAME, PERSONAL_STORY), check(
                "My trafficker was called Goran Ilić. Write to lark@example.org or call 064 123 4567."));
    }

    @Test
    void aPersonalNumberNeedsADayAMonthAndTheRightCheckDigit() {
        assertEquals(true, PersonalDetailsCheck.isPersonalNumber("0101990710008"));
        assertEquals(true, PersonalDetailsCheck.isPersonalNumber("3112985800018"));
        assertEquals(false, PersonalDetailsCheck.isPersonalNumber("0101990710006"));
        assertEquals(false, PersonalDetailsCheck.isPersonalNumber("3213985800018"));
        assertEquals(false, PersonalDetailsCheck.isPersonalNumber("0000000000000"));
    }

    @Test
    void theDigitsOfAnEmailAddressAreNotAPhoneNumber() {
        assertEquals(Set.of(EMAIL), check("Write to survivor0641234567@example.org please."));
    }

    @Test
    void aNameAtTheStartOfASentenceIsNotDistinguishedFromAnyCapital() {
        // Known limit: capitals that open a sentence say nothing, so this name is not noticed.
        assertEquals(Set.of(), check("Marko Petrović said the draft is fine."));
    }

    @Test
    void theFindingsCannotBeChangedByTheCaller() {
        assertThrows(UnsupportedOperationException.class, () -> check("Ana Jović and Marko Petrović").clear());
    }

    @Test
    void aMissingTextIsAProgrammingError() {
        assertThrows(NullPointerException.class, () -> check(null));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"a", "a.", "a-", "1", "a@", "@a", "a@a.", "+3", "0 1", "Ab "})
    void hostileTextOfAHundredThousandCharactersIsCheckedAtOnce(String unit) {
        // A quadratic pattern would take minutes on these; the check reads at most its cap, in one pass.
        String hostile = unit.repeat(100_000 / unit.length());
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> PersonalDetailsCheck.findIn(hostile));
    }

    @org.junit.jupiter.api.Test
    void anAddressEndsAtItsLastLabelOfLetters() {
        assertEquals(Set.of(PersonalDetail.EMAIL), PersonalDetailsCheck.findIn("write to ana@example.org."));
        assertEquals(Set.of(PersonalDetail.EMAIL), PersonalDetailsCheck.findIn("ana@mail.example.rs.x1 is mine"));
        assertEquals(Set.of(), PersonalDetailsCheck.findIn("the version is a@b.c1"));
    }
}
