package io.tokengateway.security.control;

/** The change would leave nobody who can administer the gateway: answered as 409. */
public class LastAdminException extends PeopleRuleException {

    public LastAdminException(String name) {
        super(409, "last enabled admin", null, name + " is the last enabled admin: make another person admin first, "
                + "or the gateway has nobody to manage it");
    }
}
