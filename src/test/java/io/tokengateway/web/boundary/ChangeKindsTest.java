package io.tokengateway.web.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tokengateway.security.entity.Role;
import io.tokengateway.web.entity.ConsoleChange;
import org.junit.jupiter.api.Test;

class ChangeKindsTest {

    @Test
    void aTokenChangeNeedsAnEditorAndSpendsAPermitLikeTheJsonRoutes() {
        assertEquals(new ConsoleChange("token.update", Role.EDITOR, true, null, 7, "isActive false"),
                ChangeKinds.token("token.update", 7, "isActive false"));
    }

    @Test
    void aChangeToPeopleNeedsAnAdminAndSpendsNoPermit() {
        assertEquals(new ConsoleChange("user.unlock", Role.ADMIN, false, "Only admins manage people", null, "unlock bob"),
                ChangeKinds.people("user.unlock", "unlock bob"));
    }
}
