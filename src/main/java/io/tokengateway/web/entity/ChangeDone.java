package io.tokengateway.web.entity;

/**
 * Fired when a console change was done, so that a list already read for this page reads again and shows it.
 *
 * @param action the audit action of the change, e.g. {@code token.create}
 */
public record ChangeDone(String action) {
}
