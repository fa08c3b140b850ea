package io.tokengateway.viewers.control;

/**
 * What looking a subscribe token up gave: the token ready to mint for, or the answer to relay when it could not be
 * had (the API's own 4xx, e.g. {@code No subscribe token with id: 9}, or the gateway's 502/503/504).
 */
public record MasterLookup(CachedMaster master, int status, String body) {

    public static MasterLookup found(CachedMaster master) {
        return new MasterLookup(master, 200, null);
    }

    public static MasterLookup failed(int status, String body) {
        return new MasterLookup(null, status, body);
    }

    public boolean isFound() {
        return master != null;
    }
}
