package io.tokengateway.web.boundary;

import io.tokengateway.tokens.control.TokenGateway;
import io.tokengateway.web.control.ConsoleAction;
import io.tokengateway.web.control.TokenChangeAnswers;
import io.tokengateway.web.entity.ChangeOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Deletes a token: the one the page is about, or a listed one. */
@Named
@RequestScoped
public class DeleteToken {

    @Inject
    ConsoleAction console;

    @Inject
    TokenChangeAnswers outcomes;

    @Inject
    TokenGateway gateway;

    @Inject
    TokenDetails details;

    public void delete() {
        remove(details.id());
    }

    public void remove(int id) {
        console.run(ChangeKinds.token("token.delete", id, "delete"), () -> {
            ChangeOutcome outcome = outcomes.withoutToken(gateway.deletePublishToken(id), "Deleted token " + id);
            if (outcome.done()) {
                details.forget(id);
            }
            return outcome;
        });
    }
}
