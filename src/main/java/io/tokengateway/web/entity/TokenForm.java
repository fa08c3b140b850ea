package io.tokengateway.web.entity;

import java.io.Serializable;

/**
 * The settings form of the create and edit pages, as typed: text for numbers, dates and lists (one item a line),
 * so that every mistake can be named next to its field. {@code web.control.TokenForms} reads it into the API's JSON.
 */
public class TokenForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The token's label. */
    private String label;
    /** Stream names, one a line. */
    private String streams;
    /** The names are regular expressions. */
    private boolean streamsAreRegex = false;
    /** Any stream: the regular expression .*. */
    private boolean anyStream = false;
    /** Expiry as a number of units from now. */
    private String expiresIn;
    /** Minutes, hours or days. */
    private String expiresUnit = "hours";
    /** Expiry as a UTC date and time, e.g. 2026-12-01T18:00. */
    private String expiresAt;
    /** Allowed origins, one a line. */
    private String origins;
    /** Allowed IPv4 addresses or CIDR blocks, one a line. */
    private String ips;
    /** Bind to the first N addresses that use it. */
    private String bindIps;
    /** Allowed countries (codes). */
    private java.util.List<String> allowedCountries = new java.util.ArrayList<>();
    /** Denied countries (codes). */
    private java.util.List<String> deniedCountries = new java.util.ArrayList<>();
    /** Origin cluster; empty for the account's default. */
    private String cluster = "";
    /** Secure viewer. */
    private boolean subscribeRequiresAuth = false;
    private boolean record = false;
    private boolean clip = false;
    private boolean multisource = true;
    private boolean thumbnails = false;
    private boolean lowLatencyRtmp = true;
    private boolean displaySrtPassphrase = false;
    /** DRM-protected playback (the account must have DRM set up with Dolby.io). */
    private boolean drm = false;
    private boolean geoCascade = false;
    private java.util.List<String> cascadeClusters = new java.util.ArrayList<>();
    /** Restream targets, one a line: URL, key and an optional label. */
    private String restream;

    /** On the edit form: replace the token's restream targets with {@link #restream} (none: remove them all). */
    private boolean replaceRestream;
    private String priority;
    /** Subscribe tokens' tracking id. */
    private String trackingId;

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getStreams() {
        return streams;
    }

    public void setStreams(String streams) {
        this.streams = streams;
    }

    public boolean isStreamsAreRegex() {
        return streamsAreRegex;
    }

    public void setStreamsAreRegex(boolean streamsAreRegex) {
        this.streamsAreRegex = streamsAreRegex;
    }

    public boolean isAnyStream() {
        return anyStream;
    }

    public void setAnyStream(boolean anyStream) {
        this.anyStream = anyStream;
    }

    public String getExpiresIn() {
        return expiresIn;
    }

    public void setExpiresIn(String expiresIn) {
        this.expiresIn = expiresIn;
    }

    public String getExpiresUnit() {
        return expiresUnit;
    }

    public void setExpiresUnit(String expiresUnit) {
        this.expiresUnit = expiresUnit;
    }

    public String getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(String expiresAt) {
        this.expiresAt = expiresAt;
    }

    public String getOrigins() {
        return origins;
    }

    public void setOrigins(String origins) {
        this.origins = origins;
    }

    public String getIps() {
        return ips;
    }

    public void setIps(String ips) {
        this.ips = ips;
    }

    public String getBindIps() {
        return bindIps;
    }

    public void setBindIps(String bindIps) {
        this.bindIps = bindIps;
    }

    public java.util.List<String> getAllowedCountries() {
        return allowedCountries;
    }

    public void setAllowedCountries(java.util.List<String> allowedCountries) {
        this.allowedCountries = allowedCountries;
    }

    public java.util.List<String> getDeniedCountries() {
        return deniedCountries;
    }

    public void setDeniedCountries(java.util.List<String> deniedCountries) {
        this.deniedCountries = deniedCountries;
    }

    public String getCluster() {
        return cluster;
    }

    public void setCluster(String cluster) {
        this.cluster = cluster;
    }

    public boolean isSubscribeRequiresAuth() {
        return subscribeRequiresAuth;
    }

    public void setSubscribeRequiresAuth(boolean subscribeRequiresAuth) {
        this.subscribeRequiresAuth = subscribeRequiresAuth;
    }

    public boolean isDrm() {
        return drm;
    }

    public void setDrm(boolean drm) {
        this.drm = drm;
    }

    public boolean isRecord() {
        return record;
    }

    public void setRecord(boolean record) {
        this.record = record;
    }

    public boolean isClip() {
        return clip;
    }

    public void setClip(boolean clip) {
        this.clip = clip;
    }

    public boolean isMultisource() {
        return multisource;
    }

    public void setMultisource(boolean multisource) {
        this.multisource = multisource;
    }

    public boolean isThumbnails() {
        return thumbnails;
    }

    public void setThumbnails(boolean thumbnails) {
        this.thumbnails = thumbnails;
    }

    public boolean isLowLatencyRtmp() {
        return lowLatencyRtmp;
    }

    public void setLowLatencyRtmp(boolean lowLatencyRtmp) {
        this.lowLatencyRtmp = lowLatencyRtmp;
    }

    public boolean isDisplaySrtPassphrase() {
        return displaySrtPassphrase;
    }

    public void setDisplaySrtPassphrase(boolean displaySrtPassphrase) {
        this.displaySrtPassphrase = displaySrtPassphrase;
    }

    public boolean isGeoCascade() {
        return geoCascade;
    }

    public void setGeoCascade(boolean geoCascade) {
        this.geoCascade = geoCascade;
    }

    public java.util.List<String> getCascadeClusters() {
        return cascadeClusters;
    }

    public void setCascadeClusters(java.util.List<String> cascadeClusters) {
        this.cascadeClusters = cascadeClusters;
    }

    public String getRestream() {
        return restream;
    }

    public void setRestream(String restream) {
        this.restream = restream;
    }

    public boolean isReplaceRestream() {
        return replaceRestream;
    }

    public void setReplaceRestream(boolean replaceRestream) {
        this.replaceRestream = replaceRestream;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getTrackingId() {
        return trackingId;
    }

    public void setTrackingId(String trackingId) {
        this.trackingId = trackingId;
    }
}
