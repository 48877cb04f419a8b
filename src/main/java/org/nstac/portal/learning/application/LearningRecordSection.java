package org.nstac.portal.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import org.nstac.portal.shared.MemberDataSection;

/** Learning's part of "Download my data": the completions on the member's council record. */
@ApplicationScoped
public class LearningRecordSection implements MemberDataSection {

    @Inject
    Learning learning;

    @Override
    public String name() {
        return "learning";
    }

    @Override
    public JsonValue sectionFor(String memberRef) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Learning.Completion c : learning.completionsOf(memberRef)) {
            var row = Json.createObjectBuilder().add("title", c.title()).add("provider", c.provider())
                    .add("startDate", c.startDate().toString()).add("endDate", c.endDate().toString())
                    .add("completedOn", c.completedOn().toString()).add("paidHours", c.paidHours());
            if (c.roleAdded() != null) {
                row.add("roleAdded", c.roleAdded());
            }
            list.add(row);
        }
        return Json.createObjectBuilder().add("completed", list).build();
    }
}
