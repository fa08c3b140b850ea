package io.tokengateway.sandbox.control;

import io.tokengateway.tokens.control.UpstreamTransport;
import io.tokengateway.tokens.entity.UpstreamRequest;
import io.tokengateway.tokens.entity.UpstreamResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

@ApplicationScoped
@Typed(SandboxUpstream.class)
public class SandboxUpstream implements UpstreamTransport {
    @Override
    public UpstreamResponse send(UpstreamRequest request) {
        throw new UnsupportedOperationException("placeholder");
    }
}
