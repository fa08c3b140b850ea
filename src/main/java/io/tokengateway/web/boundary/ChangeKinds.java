package io.tokengateway.web.boundary;

import io.tokengateway.security.entity.Role;
import io.tokengateway.web.entity.ConsoleChange;

/** The kinds of change several console beans make, each with the role it needs and how its refusal reads. */
final class ChangeKinds {

    private ChangeKinds() {
    }

    /** A token change: an editor's, spending a permit of the change rate limit, as through the JSON routes. */
    static ConsoleChange token(String action, Integer tokenId, String summary) {
        return ConsoleChange.of(action, Role.EDITOR).rateLimited().onToken(tokenId).summarised(summary);
    }

    /** A change to people: an admin's. */
    static ConsoleChange people(String action, String summary) {
        return ConsoleChange.of(action, Role.ADMIN).refusedWith("Only admins manage people").summarised(summary);
    }
}
