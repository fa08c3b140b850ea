package io.tokengateway.viewers.entity;

import java.time.Instant;
import java.util.List;

/**
 * A subscribe token as far as minting needs it (its token string, the signing key, is kept apart by the cache and
 * never here): whether it is active, when it expires (null: never), its streams, tracking id and origin cluster.
 */
public record Master(int id, boolean active, Instant expiresOn, List<MasterStream> streams, String trackingId,
        String originCluster) {

    public boolean allowsStream(String name) {
        for (MasterStream stream : streams) {
            if (stream.allows(name)) {
                return true;
            }
        }
        return false;
    }
}
