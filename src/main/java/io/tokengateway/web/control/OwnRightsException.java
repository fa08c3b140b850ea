package io.tokengateway.web.control;

import io.tokengateway.security.control.PeopleRuleException;

/**
 * On the people page an admin does not change their own role, access or password: one slip would lock them out,
 * and another admin can do it. Their own password they change on the password page, with the current one.
 */
public class OwnRightsException extends PeopleRuleException {

    static final String TEXT = "This is you: another admin changes your role or access. "
            + "Change your own password on the Password page.";

    public OwnRightsException() {
        super(409, "own rights", null, TEXT);
    }
}
