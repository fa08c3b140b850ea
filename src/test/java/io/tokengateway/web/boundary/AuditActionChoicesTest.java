package io.tokengateway.web.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.faces.model.SelectItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditActionChoicesTest {

    @Test
    void theMenuOffersAnyActionEachFamilyAndEveryActionTheTrailRecords() {
        List<String> values = new AuditActionChoices().getChoices().stream().map(i -> (String) i.getValue()).toList();

        assertEquals(List.of("", "apikey.", "login.", "token.", "user.", "viewer_token.",
                "apikey.create", "apikey.revoke", "login.failure", "login.success", "token.create", "token.delete",
                "token.delete.bulk", "token.disable", "token.restream.sync", "token.update", "user.create",
                "user.password", "user.unlock", "user.update", "viewer_token.mint"), values);
    }

    @Test
    void aFamilySaysWhatItSelects() {
        SelectItem tokens = new AuditActionChoices().getChoices().stream()
                .filter(i -> "token.".equals(i.getValue())).findFirst().orElseThrow();

        assertEquals("every token.* action", tokens.getLabel());
    }
}
