package io.tokengateway.web.boundary;

import io.tokengateway.contract.control.TokenRequestValidator;
import io.tokengateway.web.control.ConsoleTokens;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/**
 * Creates a publish token for one stream and shows it. The stream name is judged by the Millicast API's rules,
 * which the gateway applies before anything leaves.
 */
@Named
@ViewScoped
public class CreateToken implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleTokens tokenApi;

    @Inject
    TokenDetails details;

    private String streamName;

    /** This form's Idempotency-Key, rendered into it: sending the same form twice makes one token. */
    private String submission = newSubmission();

    public void create() {
        if (tokenApi.create(streamName, submission, details::show)) {
            submission = newSubmission(); // the next form on this page is a new create
        }
    }

    private static String newSubmission() {
        return "console-" + UUID.randomUUID();
    }

    public String getSubmission() {
        return submission;
    }

    public void setSubmission(String submission) {
        this.submission = submission;
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
