package io.tokengateway.web.entity;

/**
 * How to publish to and play one stream of a token, as Dolby documents it: the stream id
 * ({@code accountId/streamName}), WHIP (the publish token as bearer), RTMP and RTMPS (server and stream key), SRT
 * (URL and stream id), the hosted viewer and WHEP. {@code secured}: the viewer needs a subscribe token.
 */
public record StreamLinks(String streamName, String streamId, String whip, String rtmp, String rtmps,
        String rtmpStreamKey, String srt, String srtStreamId, String viewer, String whep, boolean secured) {
}
