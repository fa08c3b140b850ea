package io.tokengateway.web.boundary;

import io.tokengateway.contract.control.TokenRequestValidator;
import io.tokengateway.tokens.control.TokenGateway;
import io.tokengateway.web.control.ConsoleAction;
import io.tokengateway.web.control.TokenChangeAnswers;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;

/**
 * Creates a publish token for one stream, labelled with the stream's name, as the tutorial's page does. The
 * stream name is judged by the Millicast API's rules, which the gateway applies before anything leaves.
 */
@Named
@ViewScoped
public class CreateToken implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleAction console;

    @Inject
    TokenChangeAnswers outcomes;

    @Inject
    TokenGateway gateway;

    @Inject
    TokenDetails details;

    private String streamName;

    public void create() {
        var settings = Json.createObjectBuilder()
                .add("label", streamName)
                .add("streams", Json.createArrayBuilder().add(Json.createObjectBuilder().add("streamName", streamName)))
                .build();
        console.run(ChangeKinds.token("token.create", null, "create for stream " + streamName),
                () -> outcomes.withToken(gateway.createPublishToken(settings), details::show,
                        token -> "Created token " + token.id() + " for stream " + streamName));
    }

    /** The longest stream name the Millicast API accepts, for the input's {@code maxlength}. */
    public int getMaxStreamNameLength() {
        return TokenRequestValidator.MAX_STREAM_NAME_LENGTH;
    }

    public String getStreamName() {
        return streamName;
    }

    public void setStreamName(String streamName) {
        this.streamName = streamName;
    }
}
