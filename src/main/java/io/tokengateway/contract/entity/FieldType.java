package io.tokengateway.contract.entity;

/** The JSON shape a known request field must have. */
public enum FieldType {
    STRING,
    BOOLEAN,
    INTEGER,
    STRING_LIST,
    STREAMS,
    GEO_CASCADE,
    RESTREAM,
    TRACKING
}
