package io.tokengateway.viewers.control;

import io.tokengateway.viewers.entity.Master;

/** A subscribe token ready to mint for: what the rules need, and its signing key prepared once. */
public record CachedMaster(Master master, JwtSigner signer) {
}
