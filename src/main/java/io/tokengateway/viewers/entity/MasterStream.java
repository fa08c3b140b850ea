package io.tokengateway.viewers.entity;

import java.util.regex.Pattern;

/** One stream of a subscribe token: a name, or a regular expression (compiled once) that a name must match whole. */
public record MasterStream(String streamName, Pattern regex) {

    public static MasterStream of(String streamName, boolean isRegex) {
        return new MasterStream(streamName, isRegex ? Pattern.compile(streamName) : null);
    }

    public boolean allows(String name) {
        return regex == null ? streamName.equals(name) : regex.matcher(name).matches();
    }
}
