package io.tokengateway.contract.entity;

/** Which request model a body follows: create, the deprecated V1 update ({@code update*} names) or the V2 update. */
public enum BodyDialect {
    CREATE,
    UPDATE_V1,
    UPDATE_V2;

    public boolean isUpdate() {
        return this != CREATE;
    }
}
